//! Floats as text, exactly as CPython writes them: `repr(x)` (shortest round-trip digits, with
//! the exponent from 1e16 and below 1e-4), and the `e`/`f`/`g` conversions used by `format()`,
//! f-strings and `%`. A port of CPython's `format_float_short` (Python/pystrtod.c); the decimal
//! digits come from Rust's formatter, which like CPython's dtoa is exact and rounds half to even.

/// Options of a float conversion (CPython's `Py_DTSF_*` flags).
#[derive(Clone, Copy, Debug, Default)]
pub struct FloatFlags {
    /// Always write a sign (`+1.0`).
    pub sign: bool,
    /// Add `.0` to an integral result without exponent (`repr`, and `format` with no type).
    pub add_dot_0: bool,
    /// The `#` flag: keep the decimal point (and, for `g`, trailing zeros).
    pub alt: bool,
    /// The `z` flag: write a negative value that rounds to zero without its sign.
    pub no_neg_0: bool,
}

/// An f64 written exactly has at most 767 significant digits and 1,074 places after the point:
/// asking for more only adds zeros, which `Digits` trims and `format_digits` puts back. Rust's
/// formatter refuses a precision above 65,535 (a panic), CPython's `.70000f` does not.
const EXACT_DIGITS: usize = 800;
const EXACT_PLACES: usize = 1_100;

/// Decimal digits `d1 d2 ...` of |x| (no leading zeros, no trailing zeros beyond the first digit)
/// with the value `0.d1d2... * 10**decpt`.
struct Digits {
    digits: Vec<u8>,
    decpt: i64,
}

impl Digits {
    /// Parses Rust's `{:e}` output of a non-negative finite number ("1.25e-7").
    fn from_exp_form(s: &str) -> Digits {
        let (mantissa, exp) = s.split_once('e').unwrap_or((s, "0"));
        let exp: i64 = exp.parse().unwrap_or(0);
        let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
        while digits.len() > 1 && digits.last() == Some(&b'0') {
            digits.pop();
        }
        if digits.iter().all(|&d| d == b'0') {
            return Digits { digits: vec![b'0'], decpt: 1 };
        }
        Digits { digits, decpt: exp + 1 }
    }

    /// Shortest digits that round-trip (dtoa mode 0).
    fn shortest(x: f64) -> Digits {
        Digits::from_exp_form(&format!("{:e}", x.abs()))
    }

    /// `n` significant digits, correctly rounded (dtoa mode 2).
    fn significant(x: f64, n: usize) -> Digits {
        Digits::from_exp_form(&format!("{:.*e}", n.clamp(1, EXACT_DIGITS) - 1, x.abs()))
    }

    /// Digits up to `p` places after the point, correctly rounded (dtoa mode 3).
    fn fixed(x: f64, p: usize) -> Digits {
        let s = format!("{:.*}", p.min(EXACT_PLACES), x.abs());
        let (int_part, frac) = s.split_once('.').unwrap_or((&s, ""));
        let mut digits: Vec<u8> = int_part.bytes().chain(frac.bytes()).collect();
        let mut decpt = int_part.len() as i64;
        let lead = digits.iter().take_while(|&&d| d == b'0').count();
        if lead == digits.len() {
            return Digits { digits: vec![b'0'], decpt: 1 };
        }
        digits.drain(..lead);
        decpt -= lead as i64;
        while digits.last() == Some(&b'0') {
            digits.pop();
        }
        Digits { digits, decpt }
    }
}

/// `repr(x)` for a float: `0.1`, `1.0`, `1e+16`, `1.5e-05`, `inf`, `-inf`, `nan`, `-0.0`.
pub fn float_repr(x: f64) -> String {
    format_float(x, 'r', 0, FloatFlags { add_dot_0: true, ..FloatFlags::default() })
}

/// CPython's `PyOS_double_to_string`: `code` is one of `e E f F g G r`; `precision` is digits
/// after the point for `e`/`f`, significant digits for `g` (0 counts as 1), unused for `r`.
pub fn format_float(x: f64, code: char, precision: usize, flags: FloatFlags) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    if !x.is_finite() {
        let mut out = String::new();
        if x.is_nan() {
            if flags.sign {
                out.push('+');
            }
            out.push_str("nan");
        } else {
            if x < 0.0 {
                out.push('-');
            } else if flags.sign {
                out.push('+');
            }
            out.push_str("inf");
        }
        return if upper { out.to_ascii_uppercase() } else { out };
    }
    let (d, precision) = match code {
        'e' => (Digits::significant(x, precision.saturating_add(1)), precision.saturating_add(1)),
        'f' => (Digits::fixed(x, precision), precision),
        'g' => (Digits::significant(x, precision.max(1)), precision.max(1)),
        _ => (Digits::shortest(x), 0),
    };
    let mut out = format_digits(&d, code, precision, flags);
    let negative = x.is_sign_negative();
    let all_zero = d.digits.iter().all(|&c| c == b'0');
    if negative && !(flags.no_neg_0 && all_zero) {
        out.insert(0, '-');
    } else if flags.sign {
        out.insert(0, '+');
    }
    if upper {
        out = out.to_ascii_uppercase();
    }
    out
}

/// The body of `format_float_short`: places the decimal point, pads with zeros, adds the
/// exponent. Works on "virtual digits": `digits` padded with zeros on both sides.
fn format_digits(d: &Digits, code: char, precision: usize, flags: FloatFlags) -> String {
    let digits_len = d.digits.len() as i64;
    let precision = precision as i64;
    let mut decpt = d.decpt;
    let mut use_exp = false;
    let mut vdigits_end = digits_len;
    match code {
        'e' => {
            use_exp = true;
            vdigits_end = precision;
        }
        'f' => vdigits_end = decpt.saturating_add(precision),
        'g' => {
            let limit = if flags.add_dot_0 { precision - 1 } else { precision };
            if decpt <= -4 || decpt > limit {
                use_exp = true;
            }
            if flags.alt {
                vdigits_end = precision;
            }
        }
        _ => {
            if decpt <= -4 || decpt > 16 {
                use_exp = true;
            }
        }
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vdigits_start = if decpt <= 0 { decpt - 1 } else { 0 };
    vdigits_end = if !use_exp && flags.add_dot_0 { vdigits_end.max(decpt + 1) } else { vdigits_end.max(decpt) };

    let zeros = |out: &mut String, n: i64| {
        for _ in 0..n.max(0) {
            out.push('0');
        }
    };
    let mut out = String::with_capacity((vdigits_end - vdigits_start + 8).clamp(0, 1 << 20) as usize);
    if decpt <= 0 {
        zeros(&mut out, decpt - vdigits_start);
        out.push('.');
        zeros(&mut out, -decpt);
    } else {
        zeros(&mut out, -vdigits_start);
    }
    let text = |bytes: &[u8]| bytes.iter().map(|&b| b as char).collect::<String>();
    if 0 < decpt && decpt <= digits_len {
        let (head, tail) = d.digits.split_at(decpt as usize);
        out.push_str(&text(head));
        out.push('.');
        out.push_str(&text(tail));
    } else {
        out.push_str(&text(&d.digits));
    }
    if digits_len < decpt {
        zeros(&mut out, decpt - digits_len);
        out.push('.');
        zeros(&mut out, vdigits_end - decpt);
    } else {
        zeros(&mut out, vdigits_end - digits_len);
    }
    if out.ends_with('.') && !flags.alt {
        out.pop();
    }
    if use_exp {
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        let e = exp.unsigned_abs();
        if e < 10 {
            out.push('0');
        }
        out.push_str(&e.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn g(x: f64, code: char, p: usize) -> String {
        format_float(x, code, p, FloatFlags::default())
    }

    #[test]
    fn repr_matches_cpython() {
        // repr(x) in CPython 3.11
        let cases: &[(f64, &str)] = &[
            (0.1, "0.1"),
            (1.0, "1.0"),
            (-0.0, "-0.0"),
            (0.0, "0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (1.5e-5, "1.5e-05"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (123456789012345.0, "123456789012345.0"),
            (1.2345678901234567e19, "1.2345678901234567e+19"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
            (0.1 + 0.2, "0.30000000000000004"),
            (5e-324, "5e-324"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (2.5, "2.5"),
            (-1234.5, "-1234.5"),
            (1e100, "1e+100"),
            (9999999999999998.0, "9999999999999998.0"),
            (2e16 + 8.0, "2.000000000000001e+16"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(*x), *want, "repr({x:e})");
        }
    }

    #[test]
    fn conversions_match_cpython() {
        // '%.2f' % 2.675 == '2.67'; '%.0f' % 0.5 == '0'; '%.0f' % 1.5 == '2'
        assert_eq!(g(2.675, 'f', 2), "2.67");
        assert_eq!(g(0.5, 'f', 0), "0");
        assert_eq!(g(1.5, 'f', 0), "2");
        assert_eq!(g(-0.0001, 'f', 1), "-0.0");
        // '%e' % 0.0 == '0.000000e+00'; '%.3E' % 12345.678 == '1.235E+04'
        assert_eq!(g(0.0, 'e', 6), "0.000000e+00");
        assert_eq!(g(12345.678, 'E', 3), "1.235E+04");
        // '%g' % 100.0 == '100'; '%g' % 1e16 == '1e+16'; '%g' % 0.0001 == '0.0001'; '%g' % 1e-5 == '1e-05'
        assert_eq!(g(100.0, 'g', 6), "100");
        assert_eq!(g(1e16, 'g', 6), "1e+16");
        assert_eq!(g(0.0001, 'g', 6), "0.0001");
        assert_eq!(g(1e-5, 'g', 6), "1e-05");
        assert_eq!(g(123456789.0, 'g', 6), "1.23457e+08");
        // '%#g' % 1.0 == '1.00000'; '%#.0f' % 1.0 == '1.'; '%#.0e' % 1.0 == '1.e+00'
        let alt = FloatFlags { alt: true, ..FloatFlags::default() };
        assert_eq!(format_float(1.0, 'g', 6, alt), "1.00000");
        assert_eq!(format_float(1.0, 'f', 0, alt), "1.");
        assert_eq!(format_float(1.0, 'e', 0, alt), "1.e+00");
        // '%+.1f' % 2.0 == '+2.0'; '%F' % float('inf') == 'INF'; '%+f' % float('nan') == '+nan'
        let sign = FloatFlags { sign: true, ..FloatFlags::default() };
        assert_eq!(format_float(2.0, 'f', 1, sign), "+2.0");
        assert_eq!(g(f64::INFINITY, 'F', 6), "INF");
        assert_eq!(format_float(f64::NAN, 'f', 6, sign), "+nan");
        // format(1e16, '.20') == '10000000000000000.0'; format(1234.5678, '.2') == '1.2e+03'
        let dot0 = FloatFlags { add_dot_0: true, ..FloatFlags::default() };
        assert_eq!(format_float(1e16, 'g', 20, dot0), "10000000000000000.0");
        assert_eq!(format_float(1234.5678, 'g', 2, dot0), "1.2e+03");
        assert_eq!(format_float(1.0, 'g', 0, dot0), "1e+00");
        assert_eq!(format_float(1.5, 'g', 2, dot0), "1.5");
        // format(-0.0001, 'z.1f') == '0.0'
        let z = FloatFlags { no_neg_0: true, ..FloatFlags::default() };
        assert_eq!(format_float(-0.0001, 'f', 1, z), "0.0");
        assert_eq!(format_float(-0.5, 'f', 1, z), "-0.5");
    }

    /// Found by the fuzzer (`fuzz/crashes/format_precision_past_rust_formatter`): a precision
    /// above 65,535 panicked in Rust's formatter.
    #[test]
    fn precisions_past_rusts_formatter_pad_with_zeros() {
        // format(0.1, '.70000f'), format(1.5, '.70000e'), format(0.1, '.70000g') in CPython 3.11
        let exact = "0.1000000000000000055511151231257827021181583404541015625";
        assert_eq!(g(0.1, 'f', 70_000), format!("{exact}{}", "0".repeat(70_000 - 55)));
        assert_eq!(g(1.5, 'e', 70_000), format!("1.5{}e+00", "0".repeat(69_999)));
        assert_eq!(g(0.1, 'g', 70_000), exact);
        // format(5e-324, '.70000f'): all 1,074 places of the smallest float, then zeros
        let tiny = g(5e-324, 'f', 70_000);
        assert_eq!((tiny.len(), tiny.trim_end_matches('0').len()), (70_002, 1_076));
        assert!(tiny.trim_end_matches('0').ends_with("65625"));
    }
}
