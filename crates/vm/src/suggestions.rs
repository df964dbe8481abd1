//! "Did you mean" suggestions for uncaught NameError and AttributeError, by
//! CPython 3.11's rule: a weighted Levenshtein distance (case changes cost
//! 1, other edits 2) over the candidate names, at most a third of the
//! characters changed, the first closest candidate wins. NameError looks at
//! the innermost traceback frame's local variable names, then its module's
//! globals, then the builtins; AttributeError at `dir(obj)`.

use crate::objects::Obj;
use crate::value::{ObjRef, Value};
use crate::vm::Vm;
use corelab_compile::LocalKind;

/// Cost of inserting, deleting or replacing a character.
const MOVE_COST: usize = 2;
/// Cost of replacing a letter by the same letter in the other case.
const CASE_COST: usize = 1;
/// Candidate lists this long or longer give no suggestion.
const MAX_CANDIDATES: usize = 750;
/// Names longer than this (in UTF-8 bytes, after trimming common affixes)
/// are never close.
const MAX_STRING_SIZE: usize = 40;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        0
    } else if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The weighted edit distance of `a` and `b`, or anything above `max_cost`
/// once it is known to exceed it.
fn distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[prefix..], &b[prefix..]);
    let suffix = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - suffix], &b[..b.len() - suffix]);
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    // One row of the matrix, updated in place: row[i] is the cost of
    // turning b[..j] into a[..i + 1].
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (j, &bc) in b.iter().enumerate() {
        let mut diag = j * MOVE_COST;
        result = diag;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = diag + substitution_cost(bc, ac);
            diag = row[i];
            let insert_delete = result.min(diag) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if any is close enough.
pub fn closest(name: &str, candidates: &[String]) -> Option<String> {
    if candidates.len() >= MAX_CANDIDATES {
        return None;
    }
    let mut best: Option<(&String, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max = max.min(d.saturating_sub(1));
        }
        let d = distance(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s.clone())
}

/// The suggested name for an uncaught exception `e`, if CPython would
/// print one.
pub fn suggestion(vm: &mut Vm, e: ObjRef) -> Option<String> {
    let ev = Value::Obj(e);
    let is_attr = vm.exc_matches(ev, vm.exc.attribute_error);
    if !is_attr && !vm.exc_matches(ev, vm.exc.name_error) {
        return None;
    }
    let data = vm.exc_data(e)?.clone();
    let Value::Obj(n) = data.name else {
        return None;
    };
    let name = vm.as_str(Value::Obj(n))?.to_string();
    if is_attr {
        if data.obj.is_null() {
            return None;
        }
        let names = dir_names(vm, data.obj)?;
        return closest(&name, &names);
    }
    // The traceback vector lists the innermost frame first.
    let (code, _) = data.traceback.first()?.clone();
    let locals: Vec<String> = code
        .code
        .locals
        .iter()
        .filter(|(_, k)| matches!(k, LocalKind::Local | LocalKind::Cell))
        .map(|(n, _)| n.to_string())
        .collect();
    if let Some(s) = closest(&name, &locals) {
        return Some(s);
    }
    if let Some(globals) = module_dict_of(vm, &code.code.source.name) {
        let names = dict_str_keys(vm, globals);
        if let Some(s) = closest(&name, &names) {
            return Some(s);
        }
    }
    let names = dict_str_keys(vm, vm.builtins);
    closest(&name, &names)
}

/// `dir(obj)` as strings (None if `dir` fails).
fn dir_names(vm: &mut Vm, obj: Value) -> Option<Vec<String>> {
    let k = vm.intern("dir");
    let dir = vm.dict_get_str(vm.builtins, k)?;
    let list = crate::run::call_to_end(vm, dir, vec![obj]).ok()?;
    let items = crate::builtins::sequence_items(vm, list)?;
    Some(
        items
            .into_iter()
            .filter_map(|v| vm.as_str(v).map(String::from))
            .collect(),
    )
}

/// The globals of the module whose source file is `source_name`: the
/// program itself is `__main__`; built-in Python modules are
/// `<corelab:NAME>`.
fn module_dict_of(vm: &Vm, source_name: &str) -> Option<ObjRef> {
    let module = match source_name
        .strip_prefix("<corelab:")
        .and_then(|s| s.strip_suffix('>'))
    {
        Some(m) => m,
        None if source_name == vm.main_source.name => "__main__",
        None => return None,
    };
    let &(_, m) = vm.modules.iter().find(|(n, _)| &**n == module)?;
    match vm.heap.get(m) {
        Obj::Module(module) => Some(module.dict),
        _ => None,
    }
}

/// The str keys of a dict, in order.
fn dict_str_keys(vm: &Vm, d: ObjRef) -> Vec<String> {
    let Obj::Dict(dict) = vm.heap.get(d) else {
        return Vec::new();
    };
    dict.map
        .keys()
        .filter_map(|k| vm.as_str(k).map(String::from))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(v: &[&str]) -> Vec<String> {
        v.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn weighted_distance() {
        assert_eq!(distance(b"total_cuont", b"total_count", 100), 4);
        assert_eq!(distance(b"Foo", b"foo", 100), 1);
        assert_eq!(distance(b"abc", b"abc", 100), 0);
        assert_eq!(distance(b"ab", b"abcd", 100), 4);
    }

    #[test]
    fn closest_rules() {
        assert_eq!(
            closest("emal", &names(&["email", "name"])).as_deref(),
            Some("email")
        );
        assert_eq!(closest("xyz", &names(&["email", "name"])), None);
        // Ties go to the first candidate.
        assert_eq!(closest("ab", &names(&["ac", "ad"])).as_deref(), Some("ac"));
        assert_eq!(closest("ab", &names(&["ab"])), None);
    }
}
