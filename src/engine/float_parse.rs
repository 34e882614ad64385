//! Decimal text to the nearest `f64` (ties to even), for float literals (the parser), `float("...")` and
//! `round()`. Rust's own `str::parse::<f64>` gives the same numbers, but its fast algorithm
//! carries a 10 KB table of powers of five that the page would download; this exact one uses
//! the big integers the engine has anyway, and a fast path for the usual short numbers.

use num_bigint::BigUint;
use num_traits::{One, ToPrimitive, Zero};

/// Bits of an `f64` significand, the hidden bit included.
const SIGNIFICAND_BITS: u64 = 53;
/// The exponent of the smallest subnormal, 2^-1074.
const MIN_EXP: i64 = -1074;
/// Significant digits kept before the rest is summed up as one nonzero digit.
const MAX_DIGITS: usize = 800;

/// The value of `[+-]digits[.digits][(e|E)[+-]digits]` (at least one digit before the
/// exponent), correctly rounded; `None` for any other text. Underscores are not accepted here.
pub fn parse_decimal(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let (mantissa, exponent) = match rest.find(['e', 'E']) {
        Some(i) => (&rest[..i], Some(&rest[i + 1..])),
        None => (rest, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let is_digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if whole.len() + fraction.len() == 0 || !is_digits(whole) || !is_digits(fraction) {
        return None;
    }
    let mut exp10: i64 = match exponent {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !is_digits(digits) {
                return None;
            }
            // Past a few thousand, the exact exponent no longer matters: the value is 0 or inf.
            let magnitude = digits
                .trim_start_matches('0')
                .get(..7)
                .map_or_else(|| digits.parse::<i64>().unwrap_or(0), |_| 9_999_999);
            if e.starts_with('-') {
                -magnitude
            } else {
                magnitude
            }
        }
    };
    // The significant digits, without leading zeros or trailing ones.
    let all = whole.bytes().chain(fraction.bytes());
    exp10 -= fraction.len() as i64;
    let digits: Vec<u8> = all.skip_while(|&b| b == b'0').collect();
    let end = digits.iter().rposition(|&b| b != b'0').map_or(0, |i| i + 1);
    exp10 += (digits.len() - end) as i64;
    let mut digits = digits[..end].to_vec();
    // Which way a value rounds depends on its first 768 significant digits at most; any beyond
    // only tell that it lies above them, which one nonzero digit says as well.
    if digits.len() > MAX_DIGITS {
        exp10 += (digits.len() - MAX_DIGITS - 1) as i64;
        digits.truncate(MAX_DIGITS);
        digits.push(b'1');
    }
    let magnitude = if digits.is_empty() { 0.0 } else { nearest(&digits, exp10) };
    Some(if negative { -magnitude } else { magnitude })
}

/// The nearest `f64` to `digits × 10^exp10` (digits non-empty, no leading or trailing zero).
fn nearest(digits: &[u8], exp10: i64) -> f64 {
    let count = digits.len() as i64;
    // Beyond these the value is past the largest finite f64 or below half the smallest subnormal.
    if count + exp10 > 310 {
        return f64::INFINITY;
    }
    if count + exp10 < -325 {
        return 0.0;
    }
    // Both exact in an f64: one rounding, the correct one.
    if count <= 15 && exp10.abs() <= 22 {
        let m = digits.iter().fold(0u64, |m, &d| m * 10 + u64::from(d - b'0')) as f64;
        let p = 10f64.powi(exp10.unsigned_abs() as i32);
        return if exp10 >= 0 { m * p } else { m / p };
    }
    let m = BigUint::parse_bytes(digits, 10).unwrap_or_default();
    let ten = BigUint::from(10u32);
    if exp10 >= 0 {
        round_to_f64(&(m * ten.pow(exp10 as u32)), 0, false)
    } else {
        // m / 10^k as q / 2^shift with q of at least 55 bits, plus whether anything remained.
        let divisor = ten.pow(exp10.unsigned_abs() as u32);
        let shift = (SIGNIFICAND_BITS + 2 + divisor.bits()).saturating_sub(m.bits());
        let scaled = m << shift;
        let (q, r) = (&scaled / &divisor, &scaled % &divisor);
        round_to_f64(&q, shift as i64, !r.is_zero())
    }
}

/// The nearest `f64` to `(n + ε) / 2^shift`, where `inexact` says that the true value is a
/// little above `n` (0 < ε < 1).
fn round_to_f64(n: &BigUint, shift: i64, inexact: bool) -> f64 {
    let bits = n.bits() as i64;
    // The value is below 2^top, at least 2^(top - 1).
    let top = bits - shift;
    // How many bits the f64 keeps: 53, fewer for subnormals.
    let keep = (SIGNIFICAND_BITS as i64).min(top - MIN_EXP);
    if keep < 0 {
        return 0.0; // below half the smallest subnormal
    }
    let drop = bits - keep;
    let (mut significand, exp2) = if drop <= 0 {
        (n.to_u64().unwrap_or(0) << (-drop), -shift + drop)
    } else {
        let drop = drop as u64;
        let kept = (n >> drop).to_u64().unwrap_or(0);
        let half = BigUint::one() << (drop - 1);
        let rest = n - ((n >> drop) << drop);
        let round_up = rest > half || (rest == half && (inexact || kept & 1 == 1));
        (kept + u64::from(round_up), -shift + drop as i64)
    };
    let mut exp2 = exp2;
    if significand == 1 << SIGNIFICAND_BITS {
        significand >>= 1;
        exp2 += 1;
    }
    compose(significand, exp2)
}

/// `significand × 2^exp2`, exactly (the caller rounded it to what an f64 holds).
fn compose(significand: u64, exp2: i64) -> f64 {
    if significand == 0 {
        return 0.0;
    }
    let width = 64 - i64::from(significand.leading_zeros());
    // Normalise to 53 bits where the exponent allows it.
    let (significand, exp2) = if width < SIGNIFICAND_BITS as i64 && exp2 > MIN_EXP {
        let by = (SIGNIFICAND_BITS as i64 - width).min(exp2 - MIN_EXP);
        (significand << by, exp2 - by)
    } else {
        (significand, exp2)
    };
    let biased = exp2 + 52 + 1023;
    if biased >= 2047 {
        return f64::INFINITY;
    }
    if significand < 1 << 52 {
        // Subnormal: exp2 is MIN_EXP, and the significand is the bit pattern itself.
        return f64::from_bits(significand);
    }
    f64::from_bits(((biased as u64) << 52) | (significand & ((1 << 52) - 1)))
}

#[cfg(test)]
mod tests {
    use super::parse_decimal;
    use proptest::prelude::*;

    fn same(text: &str) {
        let want: f64 = text.parse().expect("Rust parses it");
        let got = parse_decimal(text).unwrap_or_else(|| panic!("{text:?} not parsed"));
        assert_eq!(got.to_bits(), want.to_bits(), "{text}: got {got:e}, want {want:e}");
    }

    #[test]
    fn hard_cases_round_as_rust_does() {
        for text in [
            "0",
            "0.0",
            "-0.0",
            "00.000e5",
            "1",
            "1.",
            ".5",
            "1e23",
            "8.5",
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "9007199254740993",
            "9007199254740995",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "5e-324",
            "1e-400",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "1e99999999999",
            "1e-99999999999",
            "179769313486231580793728971405301e276",
            "0.000001e-320",
            "7.2057594037927933e16",
            "1.00000000000000011102230246251565404236316680908203125",
            "1.00000000000000011102230246251565404236316680908203124",
            "+3.14",
            "-2.5E-3",
            "6.02214076e23",
            "1e22",
            "1e-22",
            "123456789012345e-22",
        ] {
            same(text);
        }
        // Long inputs: the first 800 digits decide, the rest only count as "something more".
        let halfway = format!("9007199254740993{}", "0".repeat(900));
        same(&format!("{halfway}e-900"));
        same(&format!("{halfway}1e-901"));
        same(&format!("0.{}1", "0".repeat(2000)));
        same(&"7".repeat(5000));
    }

    #[test]
    fn what_is_not_a_decimal_is_refused() {
        for text in ["", ".", "e5", "1e", "1e+", "1.2.3", "inf", "nan", "1_0", " 1", "1 ", "0x10", "--1", "1e5.0"] {
            assert_eq!(parse_decimal(text), None, "{text:?}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]
        #[test]
        fn any_decimal_rounds_as_rust_does(
            whole in "[0-9]{0,25}",
            fraction in proptest::option::of("[0-9]{0,25}"),
            exponent in proptest::option::of(-340i32..320),
        ) {
            let mut text = whole.clone();
            if let Some(f) = &fraction {
                text.push('.');
                text.push_str(f);
            }
            prop_assume!(text.bytes().any(|b| b.is_ascii_digit()));
            if let Some(e) = exponent {
                text.push_str(&format!("e{e}"));
            }
            same(&text);
        }

        #[test]
        fn every_f64_survives_its_own_text(bits in any::<u64>()) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            same(&format!("{x:e}"));
            same(&format!("{x}"));
        }
    }
}
