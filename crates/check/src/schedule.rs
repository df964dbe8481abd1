//! Schedule tokens: a schedule as text a user can paste into
//! `corelab replay --schedule`. `ft:0*3.1*2.0` is the free-threaded model,
//! thread 0 for three transitions, thread 1 for two, then thread 0; `gil:`
//! for the GIL model. Threads are numbered in start order, MainThread 0.

use crate::exec::Model;

pub fn encode(model: Model, schedule: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut i = 0;
    while i < schedule.len() {
        let t = schedule[i];
        let mut n = 1;
        while i + n < schedule.len() && schedule[i + n] == t {
            n += 1;
        }
        parts.push(if n == 1 {
            t.to_string()
        } else {
            format!("{t}*{n}")
        });
        i += n;
    }
    let m = match model {
        Model::FreeThreaded => "ft",
        Model::Gil => "gil",
    };
    format!("{m}:{}", parts.join("."))
}

/// Parses a token; the error says what is wrong and where.
pub fn decode(token: &str) -> Result<(Model, Vec<usize>), String> {
    let token = token.trim();
    let (m, rest) = token
        .split_once(':')
        .ok_or_else(|| format!("bad schedule {token:?}: expected MODEL:STEPS, e.g. ft:0*3.1*2"))?;
    let model = match m {
        "ft" => Model::FreeThreaded,
        "gil" => Model::Gil,
        _ => {
            return Err(format!(
                "bad schedule {token:?}: unknown model {m:?} (ft or gil)"
            ))
        }
    };
    let mut out = Vec::new();
    if rest.is_empty() {
        return Ok((model, out));
    }
    for (i, part) in rest.split('.').enumerate() {
        let (t, n) = match part.split_once('*') {
            Some((t, n)) => (t, n),
            None => (part, "1"),
        };
        let bad = || {
            format!(
                "bad schedule {token:?}: part {} ({part:?}) is not THREAD or THREAD*COUNT",
                i + 1
            )
        };
        let t: usize = t.parse().map_err(|_| bad())?;
        let n: usize = n.parse().map_err(|_| bad())?;
        if n == 0 || n > 10_000_000 || t > 10_000 {
            return Err(bad());
        }
        out.extend(std::iter::repeat_n(t, n));
    }
    Ok((model, out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip() {
        let s = vec![0, 0, 0, 1, 1, 0, 2];
        let t = encode(Model::FreeThreaded, &s);
        assert_eq!(t, "ft:0*3.1*2.0.2");
        assert_eq!(decode(&t).unwrap(), (Model::FreeThreaded, s));
        assert_eq!(decode("gil:").unwrap(), (Model::Gil, vec![]));
    }

    #[test]
    fn errors_name_the_part() {
        assert!(decode("xx:0").unwrap_err().contains("unknown model"));
        assert!(decode("ft:0.a*2").unwrap_err().contains("part 2"));
        assert!(decode("0.1").unwrap_err().contains("MODEL:STEPS"));
    }
}
