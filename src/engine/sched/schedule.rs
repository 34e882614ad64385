//! A schedule: the decisions of a run that differ from the default policy's, each keyed by the
//! number of its decision point (see `policy`), and its text form, a short URL-safe token:
//!
//! `1.c.u.3S.a0P1` — format version 1, switch points `c` (CPython's), stdout `u` (unbuffered),
//! then one change per dot-separated part: how many decision points after the previous change
//! (base 36), and `S` (the opposite of the default at a switch point) or `P` and the position of
//! the ready thread picked (base 36). The default run's token is `1.c.u`.

/// A decision that differs from the default.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Change {
    /// At a switch point: give way where the default goes on, or go on where it gives way.
    Switch,
    /// At a pick: run the ready thread at this position (the default runs position 0).
    Pick(u32),
}

/// A change at decision point `index`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Entry {
    pub index: u64,
    pub change: Change,
}

impl From<(u64, Change)> for Entry {
    fn from((index, change): (u64, Change)) -> Self {
        Entry { index, change }
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Schedule {
    /// By increasing index.
    pub changes: Vec<Entry>,
}

const HEADER: &str = "1.c.u";

impl Schedule {
    pub fn to_token(&self) -> String {
        let mut token = String::from(HEADER);
        let mut previous = 0;
        for e in &self.changes {
            token.push('.');
            token.push_str(&base36(e.index - previous));
            previous = e.index;
            match e.change {
                Change::Switch => token.push('S'),
                Change::Pick(k) => {
                    token.push('P');
                    token.push_str(&base36(k as u64));
                }
            }
        }
        token
    }

    /// Reads a token; the error says what is wrong with it.
    pub fn from_token(token: &str) -> Result<Schedule, String> {
        let mut parts = token.trim().split('.');
        match (parts.next(), parts.next(), parts.next()) {
            (Some("1"), Some("c"), Some("u")) => {}
            (Some("1"), Some(g), Some(s)) => {
                return Err(format!(
                    "this threadplay replays schedules with switch points 'c' and stdout 'u', not '{g}' and '{s}'"
                ))
            }
            (Some(v), ..) if v != "1" => {
                return Err(format!("unknown schedule format '{v}' (this threadplay reads 1)"))
            }
            _ => return Err("a schedule starts with '1.c.u'".into()),
        }
        let mut changes = Vec::new();
        let mut index: u64 = 0;
        for part in parts {
            let bad = || format!("'{part}' is not a change of a schedule");
            let at = part.find(['S', 'P']).ok_or_else(bad)?;
            let delta = u64::from_str_radix(&part[..at], 36).map_err(|_| bad())?;
            if !changes.is_empty() && delta == 0 {
                return Err(bad());
            }
            index = index.checked_add(delta).ok_or_else(bad)?;
            let change = match &part[at..] {
                "S" => Change::Switch,
                p => Change::Pick(u32::from_str_radix(&p[1..], 36).ok().filter(|&k| k > 0).ok_or_else(bad)?),
            };
            changes.push(Entry { index, change });
        }
        Ok(Schedule { changes })
    }
}

fn base36(mut n: u64) -> String {
    let mut digits = Vec::new();
    loop {
        digits.push(b"0123456789abcdefghijklmnopqrstuvwxyz"[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    digits.reverse();
    String::from_utf8(digits).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_read_back_as_the_schedule_they_were_made_from() {
        let s = Schedule {
            changes: vec![
                (3, Change::Switch).into(),
                (3 + 360, Change::Pick(1)).into(),
                (400, Change::Pick(37)).into(),
            ],
        };
        assert_eq!(s.to_token(), "1.c.u.3S.a0P1.11P11");
        assert_eq!(Schedule::from_token(&s.to_token()), Ok(s));
        assert_eq!(Schedule::default().to_token(), "1.c.u");
        assert_eq!(Schedule::from_token("1.c.u"), Ok(Schedule::default()));
    }

    #[test]
    fn a_token_that_is_not_one_says_why() {
        assert!(Schedule::from_token("2.c.u").unwrap_err().contains("unknown schedule format '2'"));
        assert!(Schedule::from_token("1.i.u").unwrap_err().contains("not 'i' and 'u'"));
        assert!(Schedule::from_token("1.c.u.zz").unwrap_err().contains("'zz' is not a change"));
        assert!(Schedule::from_token("1.c.u.3P0").is_err());
        assert!(Schedule::from_token("1.c.u.3S.0S").is_err());
        assert!(Schedule::from_token("1.c.u.3s").is_err());
        assert!(Schedule::from_token("").is_err());
    }
}
