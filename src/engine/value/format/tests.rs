//! Formatting tests; every expectation was printed by CPython 3.11 (the expression is in the
//! comment, or the table says what was evaluated).

// 3.14159 is a sample input here, not an attempt at pi.
#![allow(clippy::approx_constant)]

use super::*;
use num_bigint::BigInt;

fn big(s: &str) -> Value {
    Value::from_bigint(s.parse::<BigInt>().unwrap())
}

fn outcome(r: Result<String, OpError>) -> Result<String, (&'static str, String)> {
    r.map_err(|e| (e.kind, e.message))
}

fn expected(r: Result<&str, (&'static str, &str)>) -> Result<String, (&'static str, String)> {
    r.map(str::to_string).map_err(|(k, m)| (k, m.to_string()))
}

type Case = (Value, &'static str, Result<&'static str, (&'static str, &'static str)>);
type PercentCase = (&'static str, Value, Result<&'static str, (&'static str, &'static str)>);
type TemplateCase = (&'static str, Result<(), (&'static str, &'static str)>);

#[test]
fn format_spec_matches_cpython() {
    let cases: Vec<Case> = vec![
        // format(5, '<05')
        (Value::Int(5), "<05", Ok("50000")),
        // format(5, 'x<05')
        (Value::Int(5), "x<05", Ok("5xxxx")),
        // format('ab', '05')
        (Value::str("ab"), "05", Ok("ab000")),
        // format(5, '05')
        (Value::Int(5), "05", Ok("00005")),
        // format(-5, '05')
        (Value::Int(-5), "05", Ok("-0005")),
        // format(5, ',,')
        (Value::Int(5), ",,", Err(("ValueError", "Cannot specify ',' with ','."))),
        // format(5, '_,')
        (Value::Int(5), "_,", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        // format(5, ',_')
        (Value::Int(5), ",_", Err(("ValueError", "Cannot specify both ',' and '_'."))),
        // format(5, '__')
        (Value::Int(5), "__", Err(("ValueError", "Cannot specify '_' with '_'."))),
        // format(5, 'abc')
        (Value::Int(5), "abc", Err(("ValueError", "Invalid format specifier 'abc' for object of type 'int'"))),
        // format(5, '.')
        (Value::Int(5), ".", Err(("ValueError", "Format specifier missing precision"))),
        // format(5, '.2d')
        (Value::Int(5), ".2d", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        // format(5, '+c')
        (Value::Int(5), "+c", Err(("ValueError", "Sign not allowed with integer format specifier 'c'"))),
        // format(5, ',c')
        (Value::Int(5), ",c", Err(("ValueError", "Cannot specify ',' with 'c'."))),
        // format(5, '#c')
        (Value::Int(5), "#c", Err(("ValueError", "Alternate form (#) not allowed with integer format specifier 'c'"))),
        // format(5, 'zd')
        (Value::Int(5), "zd", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        // format('a', 'zs')
        (Value::str("a"), "zs", Err(("ValueError", "Negative zero coercion (z) not allowed in string format specifier"))),
        // format('a', '+s')
        (Value::str("a"), "+s", Err(("ValueError", "Sign not allowed in string format specifier"))),
        // format('a', '#s')
        (Value::str("a"), "#s", Err(("ValueError", "Alternate form (#) not allowed in string format specifier"))),
        // format('a', '=s')
        (Value::str("a"), "=s", Err(("ValueError", "'=' alignment not allowed in string format specifier"))),
        // format('a', 'd')
        (Value::str("a"), "d", Err(("ValueError", "Unknown format code 'd' for object of type 'str'"))),
        // format('a', ',s')
        (Value::str("a"), ",s", Err(("ValueError", "Cannot specify ',' with 's'."))),
        // format('a', ',')
        (Value::str("a"), ",", Err(("ValueError", "Cannot specify ',' with 's'."))),
        // format(1.5, ',x')
        (Value::Float(1.5), ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        // format(5, '_x')
        (Value::Int(5), "_x", Ok("5")),
        // format(5, ',x')
        (Value::Int(5), ",x", Err(("ValueError", "Cannot specify ',' with 'x'."))),
        // format(5, '_n')
        (Value::Int(5), "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        // format(1.5, '_n')
        (Value::Float(1.5), "_n", Err(("ValueError", "Cannot specify '_' with 'n'."))),
        // format(5, '.2')
        (Value::Int(5), ".2", Err(("ValueError", "Precision not allowed in integer format specifier"))),
        // format(1.0, '')
        (Value::Float(1.0), "", Ok("1.0")),
        // format(1.5, '.2')
        (Value::Float(1.5), ".2", Ok("1.5")),
        // format(1234.5678, '.2')
        (Value::Float(1234.5678), ".2", Ok("1.2e+03")),
        // format(1e+16, '')
        (Value::Float(1e+16), "", Ok("1e+16")),
        // format(1e+16, '.20')
        (Value::Float(1e+16), ".20", Ok("10000000000000000.0")),
        // format(123.0, '.3')
        (Value::Float(123.0), ".3", Ok("1.23e+02")),
        // format(5, '.2f')
        (Value::Int(5), ".2f", Ok("5.00")),
        // format(True, '')
        (Value::Bool(true), "", Ok("True")),
        // format(True, 'd')
        (Value::Bool(true), "d", Ok("1")),
        // format(True, '>5')
        (Value::Bool(true), ">5", Ok("    1")),
        // format(True, 's')
        (Value::Bool(true), "s", Err(("ValueError", "Unknown format code 's' for object of type 'bool'"))),
        // format(False, 'x')
        (Value::Bool(false), "x", Ok("0")),
        // format(-0.0, 'z.1f')
        (Value::Float(-0.0), "z.1f", Ok("0.0")),
        // format(-0.0001, 'z.1f')
        (Value::Float(-0.0001), "z.1f", Ok("0.0")),
        // format(1.5, 'c')
        (Value::Float(1.5), "c", Err(("ValueError", "Unknown format code 'c' for object of type 'float'"))),
        // format(5, 's')
        (Value::Int(5), "s", Err(("ValueError", "Unknown format code 's' for object of type 'int'"))),
        // format(0.1, '%')
        (Value::Float(0.1), "%", Ok("10.000000%")),
        // format(0.1, '.0%')
        (Value::Float(0.1), ".0%", Ok("10%")),
        // format(123456789, ',.2f')
        (Value::Int(123456789), ",.2f", Ok("123,456,789.00")),
        // format(1234567.0, '_')
        (Value::Float(1234567.0), "_", Ok("1_234_567.0")),
        // format(1e+20, ',')
        (Value::Float(1e+20), ",", Ok("1e+20")),
        // format(-1234, '=+12,')
        (Value::Int(-1234), "=+12,", Ok("-      1,234")),
        // format(255, '#x')
        (Value::Int(255), "#x", Ok("0xff")),
        // format(255, '#010x')
        (Value::Int(255), "#010x", Ok("0x000000ff")),
        // format(255, '_b')
        (Value::Int(255), "_b", Ok("1111_1111")),
        // format(inf, '010')
        (Value::Float(f64::INFINITY), "010", Ok("0000000inf")),
        // format(nan, '+')
        (Value::Float(f64::NAN), "+", Ok("+nan")),
        // format(65, 'c')
        (Value::Int(65), "c", Ok("A")),
        // format(1114112, 'c')
        (Value::Int(1114112), "c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        // format(-1, 'c')
        (Value::Int(-1), "c", Err(("OverflowError", "%c arg not in range(0x110000)"))),
        // format(1.5, '#')
        (Value::Float(1.5), "#", Ok("1.5")),
        // format(1.0, '#.0e')
        (Value::Float(1.0), "#.0e", Ok("1.e+00")),
        // format(12345.678, 'n')
        (Value::Float(12345.678), "n", Ok("12345.7")),
        // format(5, '99999999999999999999')
        (Value::Int(5), "99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        // format(5, '.99999999999999999999')
        (Value::Int(5), ".99999999999999999999", Err(("ValueError", "Too many decimal digits in format string"))),
        // format('abc', '.2')
        (Value::str("abc"), ".2", Ok("ab")),
        // format('abc', '^7')
        (Value::str("abc"), "^7", Ok("  abc  ")),
        // format('abc', '*^8')
        (Value::str("abc"), "*^8", Ok("**abc***")),
        // format(1.0, '.0')
        (Value::Float(1.0), ".0", Ok("1e+00")),
        // format(1e-05, '')
        (Value::Float(1e-05), "", Ok("1e-05")),
        // format(1e-05, '.3')
        (Value::Float(1e-05), ".3", Ok("1e-05")),
        // format(100.0, 'g')
        (Value::Float(100.0), "g", Ok("100")),
        // format(1e+16, 'g')
        (Value::Float(1e+16), "g", Ok("1e+16")),
        // format(1.0, '#g')
        (Value::Float(1.0), "#g", Ok("1.00000")),
        // format(0.0, 'e')
        (Value::Float(0.0), "e", Ok("0.000000e+00")),
        // format(1.5, 'F')
        (Value::Float(1.5), "F", Ok("1.500000")),
        // format(inf, 'F')
        (Value::Float(f64::INFINITY), "F", Ok("INF")),
        // format(123, 'e')
        (Value::Int(123), "e", Ok("1.230000e+02")),
        // format(1000000000000000000000000000000, 'e')
        (big("1000000000000000000000000000000"), "e", Ok("1.000000e+30")),
        // format(1000000000000000000000000000000, '_x')
        (big("1000000000000000000000000000000"), "_x", Ok("c_9f2c_9cd0_4674_edea_4000_0000")),
        // format(-0.0, 'z+f')
        (Value::Float(-0.0), "z+f", Err(("ValueError", "Invalid format specifier 'z+f' for object of type 'float'"))),
        // format(-0.0, '+zf')
        (Value::Float(-0.0), "+zf", Ok("+0.000000")),
        // format(-0.0, '#zf')
        (Value::Float(-0.0), "#zf", Err(("ValueError", "Invalid format specifier '#zf' for object of type 'float'"))),
        // format(-0.0, 'z#f')
        (Value::Float(-0.0), "z#f", Ok("0.000000")),
        // format(1.5, '=^10')
        (Value::Float(1.5), "=^10", Ok("===1.5====")),
        // format(1, '=^10')
        (Value::Int(1), "=^10", Ok("====1=====")),
        // format(5, ' 5')
        (Value::Int(5), " 5", Ok("    5")),
        // format(5, '^+#010_x')
        (Value::Int(5), "^+#010_x", Ok("000+0x5000")),
        // format(-5, '0=8')
        (Value::Int(-5), "0=8", Ok("-0000005")),
        // format(1234.5, '012,.1f')
        (Value::Float(1234.5), "012,.1f", Ok("00,001,234.5")),
        // format(1234.5, '^12,.1f')
        (Value::Float(1234.5), "^12,.1f", Ok("  1,234.5   ")),
        // format(1e+20, '_')
        (Value::Float(1e+20), "_", Ok("1e+20")),
        // format(1.234e-06, ',')
        (Value::Float(1.234e-06), ",", Ok("1.234e-06")),
        // format(1.5, '%')
        (Value::Float(1.5), "%", Ok("150.000000%")),
        // format(-1.5, '08.2%')
        (Value::Float(-1.5), "08.2%", Ok("-150.00%")),
        // format(1234567, 'n')
        (Value::Int(1234567), "n", Ok("1234567")),
        // format(1234567.0, 'n')
        (Value::Float(1234567.0), "n", Ok("1.23457e+06")),
        // format(65, '^5c')
        (Value::Int(65), "^5c", Ok("  A  ")),
        // format(65, '=5c')
        (Value::Int(65), "=5c", Ok("    A")),
        // format(65, '05c')
        (Value::Int(65), "05c", Ok("0000A")),
        // format(True, '^5')
        (Value::Bool(true), "^5", Ok("  1  ")),
        // format(1000000000000000000000000000000, ',')
        (big("1000000000000000000000000000000"), ",", Ok("1,000,000,000,000,000,000,000,000,000,000")),
        // format(-1000000000000000000000000000000, '_x')
        (big("-1000000000000000000000000000000"), "_x", Ok("-c_9f2c_9cd0_4674_edea_4000_0000")),
        // format(1180591620717411303424, 'e')
        (big("1180591620717411303424"), "e", Ok("1.180592e+21")),
        // format(1180591620717411303424, '.3%')
        (big("1180591620717411303424"), ".3%", Ok("118059162071741130342400.000%")),
        // format('é', '^5')
        (Value::str("\u{e9}"), "^5", Ok("  \u{e9}  ")),
        // format('abc', '😀^9')
        (Value::str("abc"), "\u{1f600}^9", Ok("\u{1f600}\u{1f600}\u{1f600}abc\u{1f600}\u{1f600}\u{1f600}")),
        // format(1.5, '+.3e')
        (Value::Float(1.5), "+.3e", Ok("+1.500e+00")),
        // format(-inf, 'z')
        (Value::Float(f64::NEG_INFINITY), "z", Ok("-inf")),
        // format(nan, 'z.2f')
        (Value::Float(f64::NAN), "z.2f", Ok("nan")),
        // format(-1e-10, 'z.3')
        (Value::Float(-1e-10), "z.3", Ok("-1e-10")),
        // format(-0.0, 'z')
        (Value::Float(-0.0), "z", Ok("0.0")),
        // format(0, 'z')
        (Value::Int(0), "z", Err(("ValueError", "Negative zero coercion (z) not allowed in integer format specifier"))),
        // format(1.5, '.3n')
        (Value::Float(1.5), ".3n", Ok("1.5")),
        // format(3, '#b')
        (Value::Int(3), "#b", Ok("0b11")),
        // format(3, '#o')
        (Value::Int(3), "#o", Ok("0o3")),
        // format(3, '#X')
        (Value::Int(3), "#X", Ok("0X3")),
        // format(-3, '#b')
        (Value::Int(-3), "#b", Ok("-0b11")),
        // format(1, '03')
        (Value::Int(1), "03", Ok("001")),
        // format(1, '<03')
        (Value::Int(1), "<03", Ok("100")),
        // format('x', '<03')
        (Value::str("x"), "<03", Ok("x00")),
        // format('x', '=3')
        (Value::str("x"), "=3", Err(("ValueError", "'=' alignment not allowed in string format specifier"))),
        // format('x', '03')
        (Value::str("x"), "03", Ok("x00")),
        // format(5, ',d')
        (Value::Int(5), ",d", Ok("5")),
        // format(123456, '_o')
        (Value::Int(123456), "_o", Ok("36_1100")),
        // format(1000000.0, ',e')
        (Value::Float(1000000.0), ",e", Ok("1.000000e+06")),
        // format(1.23456789e-07, '.3f')
        (Value::Float(1.23456789e-07), ".3f", Ok("0.000")),
        // format(0.5, '.0f')
        (Value::Float(0.5), ".0f", Ok("0")),
        // format(1.0, '#.0f')
        (Value::Float(1.0), "#.0f", Ok("1.")),
        // format(1.0, '#.3')
        (Value::Float(1.0), "#.3", Ok("1.00")),
        // format(100.0, '#.3')
        (Value::Float(100.0), "#.3", Ok("1.00e+02")),
        // format(1e+16, '#')
        (Value::Float(1e+16), "#", Ok("1.e+16")),
        // format(-1.0, ' ')
        (Value::Float(-1.0), " ", Ok("-1.0")),
        // format(1234, '010,')
        (Value::Int(1234), "010,", Ok("00,001,234")),
        // format(1234, '0=10,')
        (Value::Int(1234), "0=10,", Ok("00,001,234")),
        // format(-1234, '011,')
        (Value::Int(-1234), "011,", Ok("-00,001,234")),
        // format(1234567.891, '015,.2f')
        (Value::Float(1234567.891), "015,.2f", Ok("0,001,234,567.89")),
        // format(12345, '0=12_')
        (Value::Int(12345), "0=12_", Ok("0_000_012_345")),
        // format(11259375, '012_x')
        (Value::Int(11259375), "012_x", Ok("00_00ab_cdef")),
        // format(3.14159, '10.4g')
        (Value::Float(3.14159), "10.4g", Ok("     3.142")),
        // format(-3.14159, '<10.2f')
        (Value::Float(-3.14159), "<10.2f", Ok("-3.14     ")),
        // format(42, '*>+8')
        (Value::Int(42), "*>+8", Ok("*****+42")),
        // format(42, 'X')
        (Value::Int(42), "X", Ok("2A")),
        // format(255, '#X')
        (Value::Int(255), "#X", Ok("0XFF")),
        // format(7, 'b')
        (Value::Int(7), "b", Ok("111")),
        // format(1e+300, 'f')
        (Value::Float(1e+300), "f", Ok("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000000")),
        // format(2.5, '.0f')
        (Value::Float(2.5), ".0f", Ok("2")),
        // format(3.5, '.0f')
        (Value::Float(3.5), ".0f", Ok("4")),
        // format(0.125, '.2f')
        (Value::Float(0.125), ".2f", Ok("0.12")),
        // format(123.456, 'e')
        (Value::Float(123.456), "e", Ok("1.234560e+02")),
        // format(123.456, '.2E')
        (Value::Float(123.456), ".2E", Ok("1.23E+02")),
        // format(1.234e-05, 'g')
        (Value::Float(1.234e-05), "g", Ok("1.234e-05")),
        // format(0.0001234, 'g')
        (Value::Float(0.0001234), "g", Ok("0.0001234")),
        // format(123456789.0, 'g')
        (Value::Float(123456789.0), "g", Ok("1.23457e+08")),
        // format(1e-07, '.2g')
        (Value::Float(1e-07), ".2g", Ok("1e-07")),
        // format(nan, 'F')
        (Value::Float(f64::NAN), "F", Ok("NAN")),
        // format(-inf, '08.2f')
        (Value::Float(f64::NEG_INFINITY), "08.2f", Ok("-0000inf")),
        // format(5, 'q')
        (Value::Int(5), "q", Err(("ValueError", "Unknown format code 'q' for object of type 'int'"))),
        // format(1.5, 'q')
        (Value::Float(1.5), "q", Err(("ValueError", "Unknown format code 'q' for object of type 'float'"))),
        // format('s', 'q')
        (Value::str("s"), "q", Err(("ValueError", "Unknown format code 'q' for object of type 'str'"))),
        // format(5, '\x01')
        (Value::Int(5), "\u{1}", Err(("ValueError", "Unknown format code '\\x1' for object of type 'int'"))),
        // format(-7, '+')
        (Value::Int(-7), "+", Ok("-7")),
        // format(7, '-')
        (Value::Int(7), "-", Ok("7")),
        // format(7, ' ')
        (Value::Int(7), " ", Ok(" 7")),
        // format(-7, ' d')
        (Value::Int(-7), " d", Ok("-7")),
        // format('abc', '10')
        (Value::str("abc"), "10", Ok("abc       ")),
        // format('abc', '>10')
        (Value::str("abc"), ">10", Ok("       abc")),
        // format('abc', '.0')
        (Value::str("abc"), ".0", Ok("")),
        // format('abc', '_^5')
        (Value::str("abc"), "_^5", Ok("_abc_")),
        // format(1.0, '_^9')
        (Value::Float(1.0), "_^9", Ok("___1.0___")),
        // format(9.99, '.1f')
        (Value::Float(9.99), ".1f", Ok("10.0")),
        // format(0.05, '.1f')
        (Value::Float(0.05), ".1f", Ok("0.1")),
        // format(1e+23, '')
        (Value::Float(1e+23), "", Ok("1e+23")),
        // format(1e+22, '.0f')
        (Value::Float(1e+22), ".0f", Ok("10000000000000000000000")),
    ];
    for (v, spec, want) in cases {
        assert_eq!(outcome(format_spec(&v, spec)), expected(want), "format({v:?}, {spec:?})");
    }
}

/// `%s` gives str(), `%r` repr(), for the scalars used in these tests.
fn to_text(v: &Value, repr: bool) -> Result<String, OpError> {
    match v {
        Value::Str(s) if !repr => Ok(s.to_string()),
        Value::Tuple(t) if t.is_empty() => Ok("()".into()),
        _ => Ok(repr_basic(v).unwrap_or_default()),
    }
}

#[test]
fn percent_format_matches_cpython() {
    let cases: Vec<PercentCase> = vec![
        // '%s %r' % ('a', 'a')
        ("%s %r", Value::tuple(vec![Value::str("a"), Value::str("a")]), Ok("a 'a'")),
        // '%d' % 3.7
        ("%d", Value::Float(3.7), Ok("3")),
        // '%d' % '3'
        ("%d", Value::str("3"), Err(("TypeError", "%d format: a real number is required, not str"))),
        // '%i' % True
        ("%i", Value::Bool(true), Ok("1")),
        // '%5d|%-5d|' % (3, 4)
        ("%5d|%-5d|", Value::tuple(vec![Value::Int(3), Value::Int(4)]), Ok("    3|4    |")),
        // '%05d' % -3
        ("%05d", Value::Int(-3), Ok("-0003")),
        // '%+d % d' % (3, 3)
        ("%+d % d", Value::tuple(vec![Value::Int(3), Value::Int(3)]), Ok("+3  3")),
        // '%x %X %o %#x %#o %#X' % (255, 255, 8, 255, 8, 255)
        (
            "%x %X %o %#x %#o %#X",
            Value::tuple(vec![
                Value::Int(255),
                Value::Int(255),
                Value::Int(8),
                Value::Int(255),
                Value::Int(8),
                Value::Int(255),
            ]),
            Ok("ff FF 10 0xff 0o10 0XFF"),
        ),
        // '%#06x' % 255
        ("%#06x", Value::Int(255), Ok("0x00ff")),
        // '%x' % 2.5
        ("%x", Value::Float(2.5), Err(("TypeError", "%x format: an integer is required, not float"))),
        // '%f %.2f %e %g %G' % (1.5, 1.5, 1.5, 1e-05, 1e-05)
        (
            "%f %.2f %e %g %G",
            Value::tuple(vec![
                Value::Float(1.5),
                Value::Float(1.5),
                Value::Float(1.5),
                Value::Float(1e-05),
                Value::Float(1e-05),
            ]),
            Ok("1.500000 1.50 1.500000e+00 1e-05 1E-05"),
        ),
        // '%05f' % inf
        ("%05f", Value::Float(f64::INFINITY), Ok("00inf")),
        // '%-8.3f|' % 2.5
        ("%-8.3f|", Value::Float(2.5), Ok("2.500   |")),
        // '%c%c' % (65, 'b')
        ("%c%c", Value::tuple(vec![Value::Int(65), Value::str("b")]), Ok("Ab")),
        // '%c' % 'ab'
        ("%c", Value::str("ab"), Err(("TypeError", "%c requires int or char"))),
        // '%c' % 1.5
        ("%c", Value::Float(1.5), Err(("TypeError", "%c requires int or char"))),
        // '%c' % -1
        ("%c", Value::Int(-1), Err(("OverflowError", "%c arg not in range(0x110000)"))),
        // '%%' % ()
        ("%%", Value::tuple(vec![]), Ok("%")),
        // '%s %s' % (1,)
        ("%s %s", Value::tuple(vec![Value::Int(1)]), Err(("TypeError", "not enough arguments for format string"))),
        // '%s' % (1, 2)
        (
            "%s",
            Value::tuple(vec![Value::Int(1), Value::Int(2)]),
            Err(("TypeError", "not all arguments converted during string formatting")),
        ),
        // '%y' % 1
        ("%y", Value::Int(1), Err(("ValueError", "unsupported format character 'y' (0x79) at index 1"))),
        // '%' % 1
        ("%", Value::Int(1), Err(("ValueError", "incomplete format"))),
        // 'hi' % 1
        ("hi", Value::Int(1), Err(("TypeError", "not all arguments converted during string formatting"))),
        // '%*d|%-*d' % (5, 1, 4, 2)
        ("%*d|%-*d", Value::tuple(vec![Value::Int(5), Value::Int(1), Value::Int(4), Value::Int(2)]), Ok("    1|2   ")),
        // '%.*f' % (2, 3.14159)
        ("%.*f", Value::tuple(vec![Value::Int(2), Value::Float(3.14159)]), Ok("3.14")),
        // '%.3s' % 'abcdef'
        ("%.3s", Value::str("abcdef"), Ok("abc")),
        // '%10.3s|' % 'abcdef'
        ("%10.3s|", Value::str("abcdef"), Ok("       abc|")),
        // '%.3d' % 5
        ("%.3d", Value::Int(5), Ok("005")),
        // '%+.3d' % 5
        ("%+.3d", Value::Int(5), Ok("+005")),
        // '%e' % 'x'
        ("%e", Value::str("x"), Err(("TypeError", "must be real number, not str"))),
        // '%d' % None
        ("%d", Value::None, Err(("TypeError", "%d format: a real number is required, not NoneType"))),
        // '%ld' % 5
        ("%ld", Value::Int(5), Ok("5")),
        // '%5%' % ()
        ("%5%", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
        // '%a' % 'é'
        ("%a", Value::str("\u{e9}"), Ok("'\\xe9'")),
        // '%r' % 'é'
        ("%r", Value::str("\u{e9}"), Ok("'\u{e9}'")),
        // '% 05.1f' % 2.5
        ("% 05.1f", Value::Float(2.5), Ok(" 02.5")),
        // '%#.0f' % 1.0
        ("%#.0f", Value::Float(1.0), Ok("1.")),
        // '%-05d|' % 3
        ("%-05d|", Value::Int(3), Ok("3    |")),
        // '%d' % 100000000000000000000
        ("%d", big("100000000000000000000"), Ok("100000000000000000000")),
        // '%x' % -255
        ("%x", Value::Int(-255), Ok("-ff")),
        // '%#x' % -255
        ("%#x", Value::Int(-255), Ok("-0xff")),
        // '%s' % ()
        ("%s", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
        // '%s' % ((),)
        ("%s", Value::tuple(vec![Value::tuple(vec![])]), Ok("()")),
        // 'hi' % ()
        ("hi", Value::tuple(vec![]), Ok("hi")),
        // '%d' % 1.1805916207174113e+21
        ("%d", Value::Float(1.1805916207174113e+21), Ok("1180591620717411303424")),
        // '%d' % inf
        ("%d", Value::Float(f64::INFINITY), Err(("OverflowError", "cannot convert float infinity to integer"))),
        // '%i' % nan
        ("%i", Value::Float(f64::NAN), Err(("ValueError", "cannot convert float NaN to integer"))),
        // '%c' % 1114112
        ("%c", Value::Int(1114112), Err(("OverflowError", "%c arg not in range(0x110000)"))),
        // '%5c|' % 'x'
        ("%5c|", Value::str("x"), Ok("    x|")),
        // '%f' % True
        ("%f", Value::Bool(true), Ok("1.000000")),
        // '%05s|' % 'a'
        ("%05s|", Value::str("a"), Ok("    a|")),
        // '%05.3d' % 5
        ("%05.3d", Value::Int(5), Ok("00005")),
        // '%-+5d|' % 3
        ("%-+5d|", Value::Int(3), Ok("+3   |")),
        // '%5%' % (1,)
        (
            "%5%",
            Value::tuple(vec![Value::Int(1)]),
            Err(("ValueError", "unsupported format character '%' (0x25) at index 2")),
        ),
        // '%-5%|' % ()
        ("%-5%|", Value::tuple(vec![]), Err(("TypeError", "not enough arguments for format string"))),
        // '%05c' % 'a'
        ("%05c", Value::str("a"), Ok("    a")),
        // '%#5x|' % 255
        ("%#5x|", Value::Int(255), Ok(" 0xff|")),
        // '%#-8o|' % 8
        ("%#-8o|", Value::Int(8), Ok("0o10    |")),
        // '%+s' % 'a'
        ("%+s", Value::str("a"), Ok("a")),
        // '%.0e' % 12345.0
        ("%.0e", Value::Float(12345.0), Ok("1e+04")),
        // '%#.3g' % 1.0
        ("%#.3g", Value::Float(1.0), Ok("1.00")),
        // '%10.4g|' % 3.14159
        ("%10.4g|", Value::Float(3.14159), Ok("     3.142|")),
        // '% d' % -3
        ("% d", Value::Int(-3), Ok("-3")),
        // '%+x' % 255
        ("%+x", Value::Int(255), Ok("+ff")),
        // '%.2x' % 1
        ("%.2x", Value::Int(1), Ok("01")),
        // '%#.3o' % 1
        ("%#.3o", Value::Int(1), Ok("0o001")),
        // '%s' % 1.0
        ("%s", Value::Float(1.0), Ok("1.0")),
        // '%r' % 1e+16
        ("%r", Value::Float(1e+16), Ok("1e+16")),
        // '%.1f' % 0.25
        ("%.1f", Value::Float(0.25), Ok("0.2")),
        // '%5.1f%%' % 99.5
        ("%5.1f%%", Value::Float(99.5), Ok(" 99.5%")),
        // '%-*d|' % (-5, 1)
        ("%-*d|", Value::tuple(vec![Value::Int(-5), Value::Int(1)]), Ok("1    |")),
        // '%*s' % ('a', 'b')
        ("%*s", Value::tuple(vec![Value::str("a"), Value::str("b")]), Err(("TypeError", "* wants int"))),
        // '%u' % 5
        ("%u", Value::Int(5), Ok("5")),
        // '%F' % nan
        ("%F", Value::Float(f64::NAN), Ok("NAN")),
        // '%E' % 1e+300
        ("%E", Value::Float(1e+300), Ok("1.000000E+300")),
        // '%s and %s' % ('a', 'b')
        ("%s and %s", Value::tuple(vec![Value::str("a"), Value::str("b")]), Ok("a and b")),
        // '%(a)s' % (1,)
        ("%(a)s", Value::tuple(vec![Value::Int(1)]), Err(("TypeError", "format requires a mapping"))),
        // '%s%' % (1,)
        ("%s%", Value::tuple(vec![Value::Int(1)]), Err(("ValueError", "incomplete format"))),
        // '%.f' % 2.5
        ("%.f", Value::Float(2.5), Ok("2")),
        // '%i%%' % 50
        ("%i%%", Value::Int(50), Ok("50%")),
        // '%s' % 'x'
        ("%s", Value::str("x"), Ok("x")),
        // '%d%s' % (1, 'é')
        ("%d%s", Value::tuple(vec![Value::Int(1), Value::str("\u{e9}")]), Ok("1\u{e9}")),
        // '%é' % 1
        ("%\u{e9}", Value::Int(1), Err(("ValueError", "unsupported format character '?' (0xe9) at index 1"))),
    ];
    for (template, args, want) in cases {
        let got = percent_format(template, &args, &mut to_text);
        assert_eq!(outcome(got), expected(want), "{template:?} % {args:?}");
    }
}

#[test]
fn percent_format_with_mappings() {
    let mut d = crate::engine::value::Dict::new();
    d.insert(Value::str("a"), Value::Int(1)).unwrap();
    d.insert(Value::str("b"), Value::str("x")).unwrap();
    let d = Value::Dict(std::rc::Rc::new(std::cell::RefCell::new(d)));
    let run = |t: &str, args: &Value| outcome(percent_format(t, args, &mut to_text));
    // '%(a)s-%(b)r' % {'a': 1, 'b': 'x'} == "1-'x'"
    assert_eq!(run("%(a)s-%(b)r", &d), Ok("1-'x'".into()));
    // '%(a)d%%' % {'a': 1} == '1%'; '%(a)05.1f' % {'a': 1} == '001.0'
    assert_eq!(run("%(a)d%%", &d), Ok("1%".into()));
    assert_eq!(run("%(a)05.1f", &d), Ok("001.0".into()));
    // '%(c)s' % d -> KeyError 'c'
    assert_eq!(run("%(c)s", &d), Err(("KeyError", "'c'".into())));
    // '%(a)s %s' % d -> TypeError not enough arguments for format string
    assert_eq!(run("%(a)s %s", &d), Err(("TypeError", "not enough arguments for format string".into())));
    // '%(a' % d -> ValueError incomplete format key
    assert_eq!(run("%(a", &d), Err(("ValueError", "incomplete format key".into())));
    // 'hi' % {'a': 1} == 'hi' (a mapping need not be used); 'hi' % [1] == 'hi'
    assert_eq!(run("hi", &d), Ok("hi".into()));
    assert_eq!(run("hi", &Value::list(vec![Value::Int(1)])), Ok("hi".into()));
    // '%(a)s' % (1,) -> TypeError format requires a mapping
    assert_eq!(
        run("%(a)s", &Value::tuple(vec![Value::Int(1)])),
        Err(("TypeError", "format requires a mapping".into()))
    );
}

#[test]
fn template_syntax_matches_cpython() {
    // Each template was run through str.format with permissive arguments in CPython 3.11.
    let cases: Vec<TemplateCase> = vec![
        ("{}{}", Ok(())),
        ("{0}{0}", Ok(())),
        ("{}{0}", Err(("ValueError", "cannot switch from automatic field numbering to manual field specification"))),
        ("{0}{}", Err(("ValueError", "cannot switch from manual field specification to automatic field numbering"))),
        ("{a}", Ok(())),
        ("{0.real}", Ok(())),
        ("{0[1]}", Ok(())),
        ("{0[a]}", Ok(())),
        ("{x!r:>10}", Ok(())),
        ("{{}}", Ok(())),
        ("}", Err(("ValueError", "Single '}' encountered in format string"))),
        ("{", Err(("ValueError", "Single '{' encountered in format string"))),
        ("a}b", Err(("ValueError", "Single '}' encountered in format string"))),
        ("{0", Err(("ValueError", "expected '}' before end of string"))),
        ("{0:", Err(("ValueError", "unmatched '{' in format spec"))),
        ("{!r}", Ok(())),
        ("{!}", Err(("ValueError", "unmatched '{' in format spec"))),
        ("{!x}", Err(("ValueError", "Unknown conversion specifier x"))),
        ("{0!rr}", Err(("ValueError", "expected ':' after conversion specifier"))),
        ("{:{}}", Ok(())),
        ("{:{}{}}", Ok(())),
        ("{:{:{}}}", Err(("ValueError", "Max string recursion exceeded"))),
        ("{0[}", Err(("ValueError", "expected '}' before end of string"))),
        ("{0]}", Err(("KeyError", "'0]'"))),
        ("{0[0]x}", Err(("ValueError", "Only '.' or '[' may follow ']' in format field specifier"))),
        ("{0.}", Err(("ValueError", "Empty attribute in format string"))),
        ("{[0]}", Ok(())),
        ("{.real}", Ok(())),
        ("{0[-1]}", Ok(())),
        ("{0[ 1]}", Ok(())),
        ("{a{}", Err(("ValueError", "unexpected '{' in field name"))),
        ("{0:}}", Err(("ValueError", "Single '}' encountered in format string"))),
        ("{0:{{}}", Err(("ValueError", "unmatched '{' in format spec"))),
        ("{00}", Ok(())),
        ("{99999999999999999999}", Err(("ValueError", "Too many decimal digits in format string"))),
        ("{:>{w}}", Ok(())),
        ("{0!s:}", Ok(())),
        ("{:x<4}}}", Ok(())),
        ("{0:{1}}", Ok(())),
        ("x{:}y", Ok(())),
        ("{0[0][1]}", Ok(())),
        ("{0.real.imag}", Ok(())),
        ("{0[1].real}", Ok(())),
        ("{ }", Ok(())),
        ("{a.b[c]}", Ok(())),
        ("{0[]}", Err(("ValueError", "Empty attribute in format string"))),
        ("{0:{}}", Err(("ValueError", "cannot switch from manual field specification to automatic field numbering"))),
        (
            "{}:{0:{}}",
            Err(("ValueError", "cannot switch from automatic field numbering to manual field specification")),
        ),
        ("{!", Err(("ValueError", "end of string while looking for conversion specifier"))),
        ("{0!r", Err(("ValueError", "unmatched '{' in format spec"))),
        ("{:%Y-%m}", Ok(())),
        ("{0[:]}", Ok(())),
        ("{0[x.y]}", Ok(())),
    ];
    for (template, want) in cases {
        let got = parse_format_string(template).map(|_| ()).map_err(|e| (e.kind, e.message));
        let want = match want {
            // A KeyError comes from looking the field up, after parsing succeeded.
            Err(("KeyError", _)) => Ok(()),
            w => w.map_err(|(k, m)| (k, m.to_string())),
        };
        assert_eq!(got, want, "{template:?}");
    }
}

#[test]
fn template_pieces() {
    use FieldAccessor as A;
    let field = |arg: FieldArg, accessors: Vec<FieldAccessor>, conversion: Option<char>, spec: &str| {
        FormatPiece::Field { arg, accessors, conversion, spec: spec.to_string() }
    };
    let lit = |s: &str| FormatPiece::Literal(s.to_string());
    assert_eq!(
        parse_format_string("a{}b{}{{c}}").unwrap(),
        vec![
            lit("a"),
            field(FieldArg::Index(0), vec![], None, ""),
            lit("b"),
            field(FieldArg::Index(1), vec![], None, ""),
            lit("{c}")
        ]
    );
    assert_eq!(
        parse_format_string("{x!r:>10}").unwrap(),
        vec![field(FieldArg::Name("x".into()), vec![], Some('r'), ">10")]
    );
    assert_eq!(
        parse_format_string("{0.attr[1][key]}").unwrap(),
        vec![field(FieldArg::Index(0), vec![A::Attr("attr".into()), A::Index(1), A::Key("key".into())], None, "")]
    );
    // '{:{}{}}'.format('a', '>', 5) == '    a': nested fields are numbered after the outer one
    assert_eq!(parse_format_string("{:{}{}}").unwrap(), vec![field(FieldArg::Index(0), vec![], None, "{1}{2}")]);
    assert_eq!(parse_format_string("{:>{w}}").unwrap(), vec![field(FieldArg::Index(0), vec![], None, ">{w}")]);
    assert_eq!(parse_format_string("{[0]}").unwrap(), vec![field(FieldArg::Index(0), vec![A::Index(0)], None, "")]);
    assert_eq!(
        parse_format_string("{0[-1]}").unwrap(),
        vec![field(FieldArg::Index(0), vec![A::Key("-1".into())], None, "")]
    );
    assert_eq!(parse_format_string("").unwrap(), vec![]);
}

#[test]
fn reprs_match_cpython() {
    // repr('it\'s'), repr('say "hi"'), repr('both \' and "'), repr('\n\t\\\x07\x7f\xa0é中\u200b\U0001f600')
    assert_eq!(str_repr("it's"), "\"it's\"");
    assert_eq!(str_repr("say \"hi\""), "'say \"hi\"'");
    assert_eq!(str_repr("both ' and \""), "'both \\' and \"'");
    assert_eq!(
        str_repr("\n\t\\\x07\x7f\u{a0}é中\u{200b}\u{1f600}\r"),
        "'\\n\\t\\\\\\x07\\x7f\\xa0é中\\u200b\u{1f600}\\r'"
    );
    assert_eq!(str_repr("\u{e0001}"), "'\\U000e0001'");
    // ascii('é中😀') == "'\\xe9\\u4e2d\\U0001f600'"
    assert_eq!(str_ascii("é中😀"), "'\\xe9\\u4e2d\\U0001f600'");
    let r = |v: Value| repr_basic(&v).unwrap();
    let range = |a, b, c| Value::Range(std::rc::Rc::new(crate::engine::value::RangeObj { start: a, stop: b, step: c }));
    assert_eq!(r(range(0, 5, 1)), "range(0, 5)");
    assert_eq!(r(range(1, 10, 2)), "range(1, 10, 2)");
    assert_eq!(r(Value::Ellipsis), "Ellipsis");
    assert_eq!(r(Value::NotImplemented), "NotImplemented");
    assert_eq!(r(Value::Slice(std::rc::Rc::new([Value::Int(1), Value::Int(2), Value::None]))), "slice(1, 2, None)");
    assert_eq!(r(Value::Bool(false)), "False");
    assert_eq!(r(big("-123456789012345678901234567890")), "-123456789012345678901234567890");
    assert!(repr_basic(&Value::list(vec![])).is_none());
}
