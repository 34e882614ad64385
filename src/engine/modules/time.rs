//! `time` on the virtual clock: `sleep` blocks only the simulated thread; `time()` starts from a
//! fixed epoch so that runs are reproducible. The simulated machine's clock is in UTC, so
//! `localtime` and `gmtime` agree. `time.py` adds `struct_time` and the calendar functions.

use super::thread;
use crate::engine::value::{Args, Namespace, Value};
use crate::engine::vm::{Flow, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// `time.time()` at the start of every run: 2024-01-01 00:00:00 UTC.
pub const EPOCH_SECONDS: f64 = 1_704_067_200.0;
/// `time.monotonic()`/`perf_counter()` at the start of every run (any fixed value works).
const MONOTONIC_START: f64 = 1000.0;

pub fn install(vm: &mut Vm, d: &Rc<RefCell<Namespace>>) {
    let fns: &[(&str, crate::engine::value::NativeFn)] = &[
        ("sleep", sleep),
        ("time", |vm, _| Ok(Value::Float(EPOCH_SECONDS + vm.clock as f64 / 1e9))),
        ("monotonic", |vm, _| Ok(Value::Float(MONOTONIC_START + vm.clock as f64 / 1e9))),
        ("perf_counter", |vm, _| Ok(Value::Float(MONOTONIC_START + vm.clock as f64 / 1e9))),
        ("process_time", |vm, _| Ok(Value::Float(vm.clock as f64 / 1e9))),
        ("time_ns", |vm, _| Ok(nanoseconds_since(EPOCH_SECONDS, vm.clock))),
        ("monotonic_ns", |vm, _| Ok(nanoseconds_since(MONOTONIC_START, vm.clock))),
        ("perf_counter_ns", |vm, _| Ok(nanoseconds_since(MONOTONIC_START, vm.clock))),
        ("_civil", civil),
        ("_strftime", strftime),
    ];
    let mut d = d.borrow_mut();
    for (name, f) in fns {
        d.insert(Rc::from(*name), vm.native(name, *f));
    }
}

/// `start` seconds plus the clock, in nanoseconds, as a Python int (past i64 when the clock
/// nears its limit of 2^63 ns).
fn nanoseconds_since(start: f64, clock: u64) -> Value {
    let ns = (start as i128) * 1_000_000_000 + i128::from(clock);
    i64::try_from(ns).map_or_else(|_| Value::from_bigint(num_bigint::BigInt::from(ns)), Value::Int)
}

fn sleep(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    if a.pos.len() != 1 {
        return Err(vm.type_error(format!("time.sleep() takes exactly one argument ({} given)", a.pos.len())));
    }
    if let Some(v) = a.pos.first() {
        if !matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
            return Err(vm.type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())));
        }
        let _ = thread::seconds(vm, v)?;
    }
    thread::sleep_native(vm, a)
}

/// `_civil(secs)` → `(year, month, day, hour, minute, second, weekday, yearday, 0)` in UTC.
fn civil(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let secs = match a.pos.first() {
        Some(Value::Int(i)) => *i as f64,
        Some(Value::Float(f)) if f.is_finite() => *f,
        Some(Value::Bool(b)) => *b as i64 as f64,
        _ => return Err(vm.type_error("an integer is required")),
    };
    let secs = secs.floor() as i64;
    let (days, rem) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    let (y, m, d) = civil_from_days(days);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    let fields = [y, m, d, rem / 3600, rem / 60 % 60, rem % 60, (days + 3).rem_euclid(7), yday, 0];
    Ok(Value::tuple(fields.iter().map(|&v| Value::Int(v)).collect()))
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The inverse of `days_from_civil`.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (yoe + era * 400 + i64::from(m <= 2), m, d)
}

const DAYS: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// `_strftime(format, fields)` with the C locale's directives; unknown ones are kept as written.
fn strftime(vm: &mut Vm, a: Args) -> Result<Value, Flow> {
    let (Some(Value::Str(format)), Some(Value::Tuple(t))) = (a.pos.first(), a.pos.get(1)) else {
        return Err(vm.type_error("strftime() argument 1 must be str"));
    };
    let mut f = [0i64; 9];
    for (slot, v) in f.iter_mut().zip(t.iter()) {
        *slot = match v {
            Value::Int(i) => *i,
            Value::Bool(b) => *b as i64,
            _ => return Err(vm.type_error("an integer is required")),
        };
    }
    Ok(Value::str(&format_time(format, &f)))
}

fn format_time(format: &str, f: &[i64; 9]) -> String {
    let [year, month, day, hour, minute, second, wday, yday, _] = *f;
    let day_name = DAYS[wday.rem_euclid(7) as usize];
    let month_name = MONTHS[(month - 1).clamp(0, 11) as usize];
    let hour12 = if hour % 12 == 0 { 12 } else { hour % 12 };
    let mut out = String::new();
    let mut chars = format.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = chars.next() else {
            out.push('%');
            break;
        };
        let piece = match d {
            'Y' => year.to_string(),
            'y' => format!("{:02}", year.rem_euclid(100)),
            'm' => format!("{month:02}"),
            'd' => format!("{day:02}"),
            'e' => format!("{day:2}"),
            'H' => format!("{hour:02}"),
            'I' => format!("{hour12:02}"),
            'M' => format!("{minute:02}"),
            'S' => format!("{second:02}"),
            'p' => if hour < 12 { "AM" } else { "PM" }.into(),
            'j' => format!("{yday:03}"),
            'w' => ((wday + 1) % 7).to_string(),
            'u' => (wday + 1).to_string(),
            'a' => day_name[..3].into(),
            'A' => day_name.into(),
            'b' | 'h' => month_name[..3].into(),
            'B' => month_name.into(),
            'c' => format_time("%a %b %e %H:%M:%S %Y", f),
            'x' => format_time("%m/%d/%y", f),
            'X' | 'T' => format_time("%H:%M:%S", f),
            'D' => format_time("%m/%d/%y", f),
            'F' => format_time("%Y-%m-%d", f),
            'R' => format_time("%H:%M", f),
            'z' => "+0000".into(),
            'Z' => "UTC".into(),
            '%' => "%".into(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}
