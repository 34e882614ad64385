//! Unicode lower and upper case for `str.lower()`, `upper()` and their kin. They give exactly
//! what Rust's `char::to_lowercase`, `char::to_uppercase` and `str::to_lowercase` give (a test
//! checks every code point), from tables about a fifth the size of the standard library's,
//! which the page would otherwise download: most case pairs come in runs with one offset.
//! `case_tables.rs` is generated from the standard library by the test below
//! (`UPDATE_CASE_TABLES=1 cargo test --lib case::`).

use super::case_tables::{CASE_IGNORABLE, LOWER_RUNS, LOWER_SPECIAL, UPPER_RUNS, UPPER_SPECIAL};

/// A run `(start | (count << 21) | (stride - 1) << 31, delta)`: code points `start`,
/// `start + stride`, … (`count` of them) map to themselves plus `delta`.
type Run = (u32, i32);

fn in_runs(runs: &[Run], c: char) -> Option<char> {
    let code = c as u32;
    let after = runs.partition_point(|&(packed, _)| packed & 0x1F_FFFF <= code);
    let &(packed, delta) = runs.get(after.checked_sub(1)?)?;
    let (start, count, stride) = (packed & 0x1F_FFFF, (packed >> 21) & 0x3FF, 1 + (packed >> 31));
    let offset = code - start;
    if !offset.is_multiple_of(stride) || offset / stride >= count {
        return None;
    }
    char::from_u32(code.checked_add_signed(delta)?)
}

fn special(table: &[(u16, [u16; 3])], c: char) -> Option<impl Iterator<Item = char>> {
    let code = u16::try_from(c as u32).ok()?;
    let i = table.binary_search_by_key(&code, |&(k, _)| k).ok()?;
    let chars = table[i].1;
    Some(chars.into_iter().filter(|&u| u != 0).filter_map(|u| char::from_u32(u32::from(u))))
}

/// Appends the lower case of `c` (as `char::to_lowercase`).
pub fn push_lower(out: &mut String, c: char) {
    match special(LOWER_SPECIAL, c) {
        Some(chars) => out.extend(chars),
        None => out.push(in_runs(LOWER_RUNS, c).unwrap_or(c)),
    }
}

/// Appends the upper case of `c` (as `char::to_uppercase`).
pub fn push_upper(out: &mut String, c: char) {
    match special(UPPER_SPECIAL, c) {
        Some(chars) => out.extend(chars),
        None => out.push(in_runs(UPPER_RUNS, c).unwrap_or(c)),
    }
}

/// `s` in lower case, a capital sigma that ends a word becoming `ς` (as `str::to_lowercase`).
pub fn lower(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for (i, c) in s.char_indices() {
        if c == 'Σ' {
            let final_sigma = cased_before(&s[..i]) && !cased_after(&s[i + c.len_utf8()..]);
            out.push(if final_sigma { 'ς' } else { 'σ' });
        } else {
            push_lower(&mut out, c);
        }
    }
    out
}

/// `s` in upper case (as `str::to_uppercase`).
pub fn upper(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    s.chars().for_each(|c| push_upper(&mut out, c));
    out
}

fn case_ignorable(c: char) -> bool {
    let code = c as u32;
    let after = CASE_IGNORABLE.partition_point(|&(start, _)| start <= code);
    after.checked_sub(1).is_some_and(|i| code <= CASE_IGNORABLE[i].1)
}

/// Unicode's Cased: lower case, upper case or title case (the digraphs and Greek capitals
/// with a prosgegrammeni).
fn cased(c: char) -> bool {
    c.is_lowercase()
        || c.is_uppercase()
        || super::str_methods::titlecase_letter(c)
        || matches!(c, '\u{1f88}'..='\u{1f8f}' | '\u{1f98}'..='\u{1f9f}' | '\u{1fa8}'..='\u{1faf}')
        || matches!(c, '\u{1fbc}' | '\u{1fcc}' | '\u{1ffc}')
}

fn cased_before(s: &str) -> bool {
    s.chars().rev().find(|&c| !case_ignorable(c)).is_some_and(cased)
}

fn cased_after(s: &str) -> bool {
    s.chars().find(|&c| !case_ignorable(c)).is_some_and(cased)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all_chars() -> impl Iterator<Item = char> {
        (0..=0x10FFFFu32).filter_map(char::from_u32)
    }

    #[test]
    fn every_code_point_maps_as_the_standard_library_maps_it() {
        let (mut ours, mut std) = (String::new(), String::new());
        for c in all_chars() {
            ours.clear();
            push_lower(&mut ours, c);
            std.clear();
            std.extend(c.to_lowercase());
            assert_eq!(ours, std, "lower of U+{:04X}", c as u32);
            ours.clear();
            push_upper(&mut ours, c);
            std.clear();
            std.extend(c.to_uppercase());
            assert_eq!(ours, std, "upper of U+{:04X}", c as u32);
        }
    }

    #[test]
    fn a_final_sigma_is_found_as_the_standard_library_finds_it() {
        for c in all_chars() {
            for s in [format!("AΣ{c}"), format!("A{c}Σ"), format!("{c}Σ"), format!("Σ{c}A")] {
                assert_eq!(lower(&s), s.to_lowercase(), "{s:?}");
            }
        }
        for s in ["ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "Σ", "AΣ'Σ.", "ΑΣ\u{301}", "İstanbul", "straße"] {
            assert_eq!(lower(s), s.to_lowercase());
            assert_eq!(upper(s), s.to_uppercase());
        }
    }

    /// Builds the tables from the standard library; with `UPDATE_CASE_TABLES=1` writes them.
    #[test]
    fn the_tables_are_the_standard_librarys() {
        let runs = |map: fn(char) -> String| {
            let mut out: Vec<(u32, u32, u32, i64)> = Vec::new(); // start, count, stride, delta
            for c in all_chars() {
                let mapped = map(c);
                let mut chars = mapped.chars();
                let (Some(first), None) = (chars.next(), chars.next()) else { continue };
                if first == c {
                    continue;
                }
                let (code, delta) = (c as u32, i64::from(first as u32) - i64::from(c as u32));
                if let Some(last) = out.last_mut() {
                    let (start, count, stride, d) = *last;
                    if d == delta && count == 1 && (code == start + 1 || code == start + 2) {
                        *last = (start, 2, code - start, d);
                        continue;
                    }
                    if d == delta && code == start + count * stride && count < 0x3FF {
                        last.1 += 1;
                        continue;
                    }
                }
                out.push((code, 1, 1, delta));
            }
            out.iter()
                .map(|&(start, count, stride, delta)| {
                    format!("    (0x{:08X}, {delta}),\n", start | (count << 21) | ((stride - 1) << 31))
                })
                .collect::<String>()
        };
        let specials = |map: fn(char) -> String| {
            let mut out = String::new();
            for c in all_chars() {
                let mapped: Vec<u32> = map(c).chars().map(|m| m as u32).collect();
                if mapped.len() > 1 {
                    assert!(c as u32 <= 0xFFFF && mapped.len() <= 3 && mapped.iter().all(|&m| m <= 0xFFFF));
                    let mut three = [0u32; 3];
                    three[..mapped.len()].copy_from_slice(&mapped);
                    out += &format!(
                        "    (0x{:04X}, [0x{:04X}, 0x{:04X}, 0x{:04X}]),\n",
                        c as u32, three[0], three[1], three[2]
                    );
                }
            }
            out
        };
        let mut ignorable: Vec<(u32, u32)> = Vec::new();
        for c in all_chars() {
            // Case_Ignorable as `str::to_lowercase` sees it: skipped between a cased letter and Σ.
            if format!("A{c}Σ").to_lowercase().ends_with('ς') && !format!("{c}Σ").to_lowercase().ends_with('ς') {
                match ignorable.last_mut() {
                    Some(last) if last.1 + 1 == c as u32 => last.1 = c as u32,
                    _ => ignorable.push((c as u32, c as u32)),
                }
            }
        }
        let ignorable: String = ignorable.iter().map(|(a, b)| format!("    (0x{a:X}, 0x{b:X}),\n")).collect();
        let lower = |c: char| c.to_lowercase().collect::<String>();
        let upper = |c: char| c.to_uppercase().collect::<String>();
        let text = format!(
            "//! Generated by `case::tests::the_tables_are_the_standard_librarys` from Rust's Unicode tables;\n\
             //! do not edit (see `case.rs`).\n\n\
             pub const LOWER_RUNS: &[(u32, i32)] = &[\n{}];\n\n\
             pub const UPPER_RUNS: &[(u32, i32)] = &[\n{}];\n\n\
             pub const LOWER_SPECIAL: &[(u16, [u16; 3])] = &[\n{}];\n\n\
             pub const UPPER_SPECIAL: &[(u16, [u16; 3])] = &[\n{}];\n\n\
             pub const CASE_IGNORABLE: &[(u32, u32)] = &[\n{}];\n",
            runs(lower),
            runs(upper),
            specials(lower),
            specials(upper),
            ignorable
        );
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/src/engine/value/case_tables.rs");
        if std::env::var_os("UPDATE_CASE_TABLES").is_some() {
            std::fs::write(path, &text).expect("write the tables");
        }
        assert!(std::fs::read_to_string(path).unwrap_or_default() == text, "case_tables.rs is out of date");
    }
}
