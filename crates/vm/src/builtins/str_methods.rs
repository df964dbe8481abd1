//! Methods of `str`.

use super::Args;
use crate::errors::{PyErr, PyResult};
use crate::interp::iter;
use crate::value::Value;
use crate::vm::Vm;
use corelab_base::pystr;

pub(crate) fn install(vm: &mut Vm) {
    let s = vm.types.str;
    vm.add_methods(
        s,
        &[
            ("join", join),
            ("split", split),
            ("rsplit", rsplit),
            ("splitlines", splitlines),
            ("strip", strip),
            ("lstrip", lstrip),
            ("rstrip", rstrip),
            ("upper", upper),
            ("lower", lower),
            ("casefold", casefold),
            ("title", title),
            ("capitalize", capitalize),
            ("swapcase", swapcase),
            ("replace", replace),
            ("startswith", startswith),
            ("endswith", endswith),
            ("find", find),
            ("rfind", rfind),
            ("index", index),
            ("rindex", rindex),
            ("count", count),
            ("center", center),
            ("ljust", ljust),
            ("rjust", rjust),
            ("zfill", zfill),
            ("partition", partition),
            ("rpartition", rpartition),
            ("isdigit", isdigit),
            ("isdecimal", isdecimal),
            ("isnumeric", isnumeric),
            ("isalpha", isalpha),
            ("isalnum", isalnum),
            ("isspace", isspace),
            ("isupper", isupper),
            ("islower", islower),
            ("istitle", istitle),
            ("isidentifier", isidentifier),
            ("isascii", isascii),
            ("encode", encode),
            ("removeprefix", removeprefix),
            ("removesuffix", removesuffix),
            ("expandtabs", expandtabs),
            ("format", format),
            ("format_map", format_map),
            ("isprintable", isprintable),
            ("__len__", len),
        ],
    );
}

fn text(vm: &mut Vm, v: Value, what: &str) -> PyResult<String> {
    match vm.as_str(v) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(v);
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

fn this(vm: &mut Vm, a: &Args) -> PyResult<String> {
    match vm.as_str(a.get(0)) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(a.get(0));
            Err(vm.type_error(format!(
                "descriptor requires a 'str' object but received a '{tn}'"
            )))
        }
    }
}

/// The receiver of method `str.NAME`, with CPython's descriptor error.
fn this_named(vm: &mut Vm, a: &Args, name: &str) -> PyResult<String> {
    match vm.as_str(a.get(0)) {
        Some(s) => Ok(s.to_string()),
        None => {
            let tn = vm.type_name(a.get(0));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

fn new_str(vm: &mut Vm, s: impl Into<Box<str>>) -> PyResult<Value> {
    Ok(vm.new_str(s))
}

fn join(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "str.join", 1, 1)?;
    let sep = this(vm, a)?;
    // Like CPython, a TypeError from getting the iterator is reworded.
    let it = match iter::get_iter(vm, a.get(1)) {
        Err(PyErr::Exc(e)) if vm.exc_matches(Value::Obj(e), vm.exc.type_error) => {
            return Err(vm.type_error("can only join an iterable"));
        }
        r => r?,
    };
    let items = iter::collect(vm, it)?;
    let mut out = String::new();
    for (i, v) in items.into_iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        match vm.as_str(v) {
            Some(s) => out.push_str(s),
            None => {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected str instance, {tn} found"
                )));
            }
        }
    }
    new_str(vm, out)
}

fn split_args(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(String, Option<String>, usize)> {
    a.check_kw(vm, name, &["sep", "maxsplit"])?;
    let s = this_named(vm, a, name)?;
    let sep = match a.arg(vm, 1, "sep") {
        None | Some(Value::None) => None,
        Some(v) => {
            let t = text(vm, v, "must be str or None, not")?;
            if t.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            Some(t)
        }
    };
    let max = match a.arg(vm, 2, "maxsplit") {
        Some(v) => super::int_arg(vm, v)?,
        None => -1,
    };
    Ok((s, sep, if max < 0 { usize::MAX } else { max as usize }))
}

fn str_list(vm: &mut Vm, parts: Vec<String>) -> PyResult<Value> {
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_list(vals))
}

fn whitespace_split(s: &str, max: usize) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = s.trim_start_matches(pystr::is_space);
    while !rest.is_empty() {
        if out.len() == max {
            // The remainder keeps its inner and trailing whitespace.
            out.push(rest.to_string());
            break;
        }
        let end = rest.find(pystr::is_space).unwrap_or(rest.len());
        out.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(pystr::is_space);
    }
    out
}

fn split(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, a, "split")?;
    let parts = match sep {
        None => whitespace_split(&s, max),
        Some(sep) => s
            .splitn(max.saturating_add(1), sep.as_str())
            .map(String::from)
            .collect(),
    };
    str_list(vm, parts)
}

fn rsplit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let (s, sep, max) = split_args(vm, a, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        None => {
            let rev: String = s.chars().rev().collect();
            whitespace_split(&rev, max)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
        Some(sep) => s
            .rsplitn(max.saturating_add(1), sep.as_str())
            .map(String::from)
            .collect(),
    };
    parts.reverse();
    str_list(vm, parts)
}

fn splitlines(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let keep = match a.arg(vm, 1, "keepends") {
        Some(v) => crate::interp::ops::truthy(vm, v)?,
        None => false,
    };
    let mut parts = Vec::new();
    let mut cur = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                end.push('\n');
            }
            if keep {
                cur.push_str(&end);
            }
            parts.push(std::mem::take(&mut cur));
        } else {
            cur.push(c);
        }
    }
    if !cur.is_empty() {
        parts.push(cur);
    }
    str_list(vm, parts)
}

fn strip_with(vm: &mut Vm, a: &Args, left: bool, right: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let chars: Option<Vec<char>> = match a.get(1) {
        Value::Null | Value::None => None,
        v => Some(text(vm, v, "strip arg")?.chars().collect()),
    };
    let pred = |c: char| match &chars {
        None => pystr::is_space(c),
        Some(cs) => cs.contains(&c),
    };
    let mut r: &str = &s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    new_str(vm, r)
}

fn strip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, true, true)
}
fn lstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, true, false)
}
fn rstrip(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    strip_with(vm, a, false, true)
}

/// Checks a method's argument count, not counting the receiver.
fn check(vm: &mut Vm, a: &Args, fname: &str, min: usize, max: usize) -> PyResult<()> {
    Args::new(a.pos.get(1..).unwrap_or(&[]), a.kw).check(vm, fname, min, max)
}

/// The receiver of a method that takes no arguments (`str.NAME()`).
fn this_only(vm: &mut Vm, a: &Args, name: &str) -> PyResult<String> {
    let s = this_named(vm, a, name)?;
    if !a.kw.is_empty() {
        return Err(vm.type_error(format!("str.{name}() takes no keyword arguments")));
    }
    if a.pos.len() > 1 {
        let n = a.pos.len() - 1;
        return Err(vm.type_error(format!("str.{name}() takes no arguments ({n} given)")));
    }
    Ok(s)
}

fn map_str(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> String) -> PyResult<Value> {
    let s = this_only(vm, a, name)?;
    new_str(vm, f(&s))
}

fn upper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "upper", |s| s.to_uppercase())
}
fn lower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "lower", |s| s.to_lowercase())
}
fn casefold(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "casefold", pystr::casefold)
}
fn swapcase(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}
fn title(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                pystr::push_title(c, &mut out);
            }
            prev_cased = pystr::is_cased(c);
        }
        out
    })
}
fn capitalize(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    map_str(vm, a, "capitalize", |s| {
        let mut cs = s.chars();
        match cs.next() {
            Some(f) => {
                let mut out = String::new();
                pystr::push_title(f, &mut out);
                out.extend(cs.flat_map(|c| c.to_lowercase()));
                out
            }
            None => String::new(),
        }
    })
}

fn replace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "replace", 2, 3)?;
    let s = this(vm, a)?;
    let old = text(vm, a.get(1), "replace() argument 1")?;
    let new = text(vm, a.get(2), "replace() argument 2")?;
    let count = if a.len() > 3 {
        super::int_arg(vm, a.get(3))?
    } else {
        -1
    };
    let r = if old.is_empty() {
        // Inserts `new` between characters (and at both ends).
        let mut out = String::new();
        let mut n = 0i64;
        for c in s.chars() {
            if count < 0 || n < count {
                out.push_str(&new);
                n += 1;
            }
            out.push(c);
        }
        if count < 0 || n < count {
            out.push_str(&new);
        }
        out
    } else if count < 0 {
        s.replace(&old, &new)
    } else {
        s.replacen(&old, &new, count as usize)
    };
    new_str(vm, r)
}

/// The `[start:end]` window of `s` as a byte range, from char indices.
fn window(vm: &mut Vm, a: &Args, s: &str, at: usize) -> PyResult<(usize, usize, usize)> {
    let n = s.chars().count() as i64;
    let norm = |i: i64| (if i < 0 { (i + n).max(0) } else { i.min(n) }) as usize;
    let start = match a.pos.get(at) {
        Some(&v) if !matches!(v, Value::None) => norm(super::int_arg(vm, v)?),
        _ => 0,
    };
    let end = match a.pos.get(at + 1) {
        Some(&v) if !matches!(v, Value::None) => norm(super::int_arg(vm, v)?),
        _ => n as usize,
    };
    let b = |i: usize| s.char_indices().nth(i).map_or(s.len(), |(b, _)| b);
    Ok((b(start), b(end.max(start)), start))
}

fn affix(vm: &mut Vm, a: &Args, start: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let (lo, hi, _) = window(vm, a, &s, 2)?;
    let w = &s[lo..hi.max(lo)];
    let arg = a.get(1);
    let cands: Vec<Value> = match vm.tuple_items(arg) {
        Some(items) => items.to_vec(),
        None => vec![arg],
    };
    for c in cands {
        let Some(p) = vm.as_str(c).map(String::from) else {
            let tn = vm.type_name(c);
            let which = if start { "startswith" } else { "endswith" };
            return Err(vm.type_error(format!(
                "{which} first arg must be str or a tuple of str, not {tn}"
            )));
        };
        if (start && w.starts_with(&p)) || (!start && w.ends_with(&p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, true)
}
fn endswith(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    affix(vm, a, false)
}

/// Char index of `sub` in `s[start:end]` (from the right if `rev`).
fn search(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<i64> {
    let s = this(vm, a)?;
    let sub = text(vm, a.get(1), "must be str, not")?;
    let (lo, hi, start) = window(vm, a, &s, 2)?;
    if let Some(&Value::Int(raw)) = a.pos.get(2) {
        if raw > s.chars().count() as i64 {
            return Ok(-1);
        }
    }
    let w = &s[lo..hi];
    let found = if rev { w.rfind(&sub) } else { w.find(&sub) };
    Ok(match found {
        Some(b) => (start + w[..b].chars().count()) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, a, false)?))
}
fn rfind(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    Ok(Value::Int(search(vm, a, true)?))
}
fn index(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match search(vm, a, false)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    match search(vm, a, true)? {
        -1 => Err(vm.value_error("substring not found")),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let sub = text(vm, a.get(1), "must be str, not")?;
    let (lo, hi, _) = window(vm, a, &s, 2)?;
    let w = &s[lo..hi];
    let n = if sub.is_empty() {
        w.chars().count() + 1
    } else {
        w.matches(&sub).count()
    };
    Ok(Value::Int(n as i64))
}

fn pad(vm: &mut Vm, a: &Args, how: char) -> PyResult<Value> {
    let name = match how {
        '^' => "center",
        '<' => "ljust",
        _ => "rjust",
    };
    check(vm, a, name, 1, 2)?;
    let s = this(vm, a)?;
    let width = super::int_arg(vm, a.get(1))?.max(0) as usize;
    let fill = if a.len() > 2 {
        let f = text(vm, a.get(2), "fill character")?;
        let mut cs = f.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => c,
            _ => return Err(vm.type_error("The fill character must be exactly one character long")),
        }
    } else {
        ' '
    };
    let n = s.chars().count();
    if n >= width {
        return new_str(vm, s);
    }
    let total = width - n;
    let (left, right) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            // CPython's center: extra padding goes left when the width is odd
            // and the string length even... precisely: left = total/2 + (total & width & 1).
            let left = total / 2 + (total & width & 1);
            (left, total - left)
        }
    };
    let f = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    new_str(vm, format!("{}{s}{}", f(left), f(right)))
}

fn center(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, '^')
}
fn ljust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, '<')
}
fn rjust(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pad(vm, a, '>')
}

fn zfill(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    check(vm, a, "str.zfill", 1, 1)?;
    let s = this(vm, a)?;
    let width = super::int_arg(vm, a.get(1))?.max(0) as usize;
    let n = s.chars().count();
    if n >= width {
        return new_str(vm, s);
    }
    let zeros = "0".repeat(width - n);
    let r = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    new_str(vm, r)
}

fn partition_impl(vm: &mut Vm, a: &Args, rev: bool) -> PyResult<Value> {
    let s = this(vm, a)?;
    let sep = text(vm, a.get(1), "must be str, not")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let found = if rev { s.rfind(&sep) } else { s.find(&sep) };
    let parts = match found {
        Some(b) => [
            s[..b].to_string(),
            sep.clone(),
            s[b + sep.len()..].to_string(),
        ],
        None if rev => [String::new(), String::new(), s.clone()],
        None => [s.clone(), String::new(), String::new()],
    };
    let vals = parts.into_iter().map(|p| vm.new_str(p)).collect();
    Ok(vm.new_tuple(vals))
}

fn partition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, false)
}
fn rpartition(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    partition_impl(vm, a, true)
}

fn pred(vm: &mut Vm, a: &Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let s = this_only(vm, a, name)?;
    Ok(Value::Bool(f(&s)))
}

fn isdigit(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isdigit", |s| {
        !s.is_empty() && s.chars().all(pystr::is_digit)
    })
}
fn isdecimal(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(pystr::is_decimal)
    })
}
fn isnumeric(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(pystr::is_numeric)
    })
}
fn isalpha(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isalpha", |s| {
        !s.is_empty() && s.chars().all(pystr::is_alpha)
    })
}
fn isalnum(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isalnum", |s| {
        !s.is_empty() && s.chars().all(pystr::is_alnum)
    })
}
fn isspace(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isspace", |s| {
        !s.is_empty() && s.chars().all(pystr::is_space)
    })
}
fn isupper(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}
fn islower(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}
fn isascii(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isascii", |s| s.is_ascii())
}
fn istitle(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "istitle", |s| {
        let mut prev_cased = false;
        let mut any = false;
        for c in s.chars() {
            if c.is_uppercase() || (pystr::is_cased(c) && !c.is_lowercase()) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}
fn isidentifier(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isidentifier", |s| {
        let mut cs = s.chars();
        matches!(cs.next(), Some(c) if c == '_' || c.is_alphabetic())
            && cs.all(|c| c == '_' || c.is_alphanumeric())
    })
}

fn encode(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let enc = match a.arg(vm, 1, "encoding") {
        Some(v) => text(vm, v, "encoding")?
            .to_ascii_lowercase()
            .replace('_', "-"),
        None => "utf-8".into(),
    };
    let errors = match a.arg(vm, 2, "errors") {
        Some(v) => text(vm, v, "errors")?,
        None => "strict".into(),
    };
    let bytes = match enc.as_str() {
        "utf-8" | "utf8" => s.into_bytes(),
        "ascii" | "latin-1" | "latin1" | "iso-8859-1" => {
            let limit = if enc == "ascii" { 128 } else { 256 };
            let mut out = Vec::new();
            for (i, c) in s.chars().enumerate() {
                if (c as u32) < limit {
                    out.push(c as u8);
                } else if errors == "replace" {
                    out.push(b'?');
                } else if errors == "ignore" {
                } else if errors == "backslashreplace" {
                    out.extend(escaped(c).bytes());
                } else if errors == "xmlcharrefreplace" {
                    out.extend(format!("&#{};", c as u32).bytes());
                } else if errors != "strict" {
                    return Err(vm.err(
                        vm.exc.lookup_error,
                        format!("unknown error handler name '{errors}'"),
                    ));
                } else {
                    let codec = if enc == "ascii" { "ascii" } else { "latin-1" };
                    return Err(vm.err(
                        vm.exc.unicode_encode_error,
                        format!("'{codec}' codec can't encode character '{}' in position {i}: ordinal not in range({limit})", escaped(c)),
                    ));
                }
            }
            out
        }
        other => return Err(vm.err(vm.exc.lookup_error, format!("unknown encoding: {other}"))),
    };
    Ok(Value::Obj(vm.heap.alloc(crate::objects::Obj::Bytes(bytes))))
}

/// `\xNN`/`\uNNNN`/`\UNNNNNNNN` of one character, as codec errors show it.
fn escaped(c: char) -> String {
    let mut out = String::new();
    pystr::push_escape(c, &mut out);
    out
}

fn removeprefix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let p = text(vm, a.get(1), "removeprefix arg")?;
    new_str(vm, s.strip_prefix(p.as_str()).unwrap_or(&s).to_string())
}

fn removesuffix(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let p = text(vm, a.get(1), "removesuffix arg")?;
    new_str(vm, s.strip_suffix(p.as_str()).unwrap_or(&s).to_string())
}

fn expandtabs(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let size = if a.len() > 1 {
        super::int_arg(vm, a.get(1))?.max(0) as usize
    } else {
        8
    };
    let mut out = String::new();
    let mut col = 0;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    new_str(vm, out)
}

fn format(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let r = super::str_format(vm, &s, &a.pos[1..], a.kw)?;
    new_str(vm, r)
}

fn format_map(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    let r = super::str_format_map(vm, &s, a.get(1))?;
    new_str(vm, r)
}

fn isprintable(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    pred(vm, a, "isprintable", |s| s.chars().all(pystr::is_printable))
}

fn len(vm: &mut Vm, a: &Args) -> PyResult<Value> {
    let s = this(vm, a)?;
    Ok(Value::Int(s.chars().count() as i64))
}
