//! Tests: table-driven cases recorded from CPython 3.11.7 (`cases.rs`), a
//! VM-like driver for `%` and `str.format`, API unit tests and no-panic
//! checks on odd inputs.

mod cases;
mod units;

use std::collections::HashMap;

use num_bigint::BigInt;

use super::*;

/// A value for `format()` cases: int (digits, type name), float (bits), str.
pub enum V {
    I(&'static str, &'static str),
    F(u64),
    S(&'static str),
}

/// A `%` argument: int, float (bits), str, other object (type name).
pub enum A {
    I(&'static str),
    F(u64),
    S(&'static str),
    O(&'static str),
}

/// The right operand of `%`.
pub enum Args {
    Tuple(&'static [A]),
    Single(A),
    Map(&'static [(&'static str, A)]),
}

type Outcome = Result<String, (String, String)>;

/// A recorded CPython result: the text, or (exception class, message).
pub type Expect = Result<&'static str, (&'static str, &'static str)>;

fn kind_name(kind: ErrorKind) -> &'static str {
    match kind {
        ErrorKind::ValueError => "ValueError",
        ErrorKind::TypeError => "TypeError",
        ErrorKind::OverflowError => "OverflowError",
        ErrorKind::MemoryError => "MemoryError",
    }
}

fn outcome(r: FmtResult) -> Outcome {
    r.map_err(|e| (kind_name(e.kind).to_string(), e.message))
}

fn expected(e: &Expect) -> Outcome {
    match e {
        Ok(s) => Ok(s.to_string()),
        Err((k, m)) => Err((k.to_string(), m.to_string())),
    }
}

fn big(s: &str) -> BigInt {
    s.parse().unwrap_or_default()
}

#[test]
fn float_repr_table() {
    let mut failures = Vec::new();
    for (bits, want) in cases::FLOAT_REPR {
        let x = f64::from_bits(*bits);
        let got = float_repr(x);
        if got != *want {
            failures.push(format!("{bits:#x}: got {got} want {want}"));
        }
        if x.is_finite() {
            assert_eq!(got.parse::<f64>().ok().map(f64::to_bits), Some(*bits));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(cases::FLOAT_REPR.len() > 1000);
}

#[test]
fn format_table() {
    let mut failures = Vec::new();
    for (value, spec, want) in cases::FORMAT {
        let (got, shown) = match value {
            V::I(digits, type_name) => {
                if *type_name == "bool" && spec.is_empty() {
                    continue; // str(bool) is the VM's business
                }
                (
                    format_int_as(&big(digits), spec, type_name),
                    digits.to_string(),
                )
            }
            V::F(bits) => {
                let x = f64::from_bits(*bits);
                (format_float(x, spec), float_repr(x))
            }
            V::S(s) => (format_str(s, spec), format!("{s:?}")),
        };
        let got = outcome(got);
        let want = expected(want);
        if got != want {
            failures.push(format!(
                "format({shown}, {spec:?}): got {got:?} want {want:?}"
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn percent_arg(a: &A) -> PercentArg {
    match a {
        A::I(d) => PercentArg::Int(big(d)),
        A::F(b) => PercentArg::Float(f64::from_bits(*b)),
        A::S(s) => PercentArg::Str(s.to_string()),
        A::O(t) => PercentArg::Other(t.to_string()),
    }
}

/// Mimics the VM's `%` loop over `parse_percent`'s pieces.
struct PercentDriver {
    positional: Vec<PercentArg>,
    next: usize,
    map: Option<HashMap<String, PercentArg>>,
}

fn err(kind: &str, msg: &str) -> (String, String) {
    (kind.to_string(), msg.to_string())
}

impl PercentDriver {
    fn new(args: &Args) -> Self {
        match args {
            Args::Tuple(items) => Self {
                positional: items.iter().map(percent_arg).collect(),
                next: 0,
                map: None,
            },
            Args::Single(a) => Self {
                positional: vec![percent_arg(a)],
                next: 0,
                map: None,
            },
            Args::Map(items) => Self {
                positional: vec![PercentArg::Other("dict".into())],
                next: 0,
                map: Some(
                    items
                        .iter()
                        .map(|(k, a)| (k.to_string(), percent_arg(a)))
                        .collect(),
                ),
            },
        }
    }

    fn next_arg(&mut self) -> Result<PercentArg, (String, String)> {
        let arg = self.positional.get(self.next).cloned();
        self.next += 1;
        arg.ok_or_else(|| err("TypeError", NOT_ENOUGH_ARGUMENTS))
    }

    fn star(&mut self) -> Result<i64, (String, String)> {
        match self.next_arg()? {
            PercentArg::Int(v) => {
                i64::try_from(v).map_err(|_| err("OverflowError", STAR_WIDTH_TOO_LARGE))
            }
            _ => Err(err("TypeError", STAR_WANTS_INT)),
        }
    }

    fn spec(&mut self, mut spec: PercentSpec) -> Outcome {
        if spec.width == Some(PercentCount::Star) {
            let w = self.star()?;
            spec.set_star_width(w);
        }
        if spec.precision == Some(PercentCount::Star) {
            let p = self.star()?;
            outcome(spec.set_star_precision(p).map(|_| String::new()))?;
        }
        let arg = match &spec.key {
            Some(key) => {
                let map = self
                    .map
                    .as_ref()
                    .ok_or_else(|| err("TypeError", FORMAT_REQUIRES_MAPPING))?;
                map.get(key)
                    .cloned()
                    .ok_or_else(|| err("KeyError", &format!("'{key}'")))?
            }
            None => self.next_arg()?,
        };
        outcome(render_percent_spec(&spec, &arg))
    }

    fn run(mut self, fmt: &str) -> Outcome {
        let mut out = String::new();
        for piece in PercentParser::new(fmt) {
            match piece.map_err(|e| (kind_name(e.kind).to_string(), e.message)) {
                Ok(PercentPiece::Literal(text)) => out.push_str(&text),
                Ok(PercentPiece::Spec(spec)) => out.push_str(&self.spec(spec)?),
                Ok(PercentPiece::Key(_)) => unreachable!("only in keys_first mode"),
                Err(e) => return Err(e),
            }
        }
        if self.map.is_none() && self.next < self.positional.len() {
            return Err(err("TypeError", NOT_ALL_CONVERTED));
        }
        Ok(out)
    }
}

#[test]
fn percent_table() {
    let mut failures = Vec::new();
    for (fmt, args, want) in cases::PERCENT {
        let got = PercentDriver::new(args).run(fmt);
        let want = expected(want);
        if got != want {
            failures.push(format!("{fmt:?}: got {got:?} want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A tiny object model for driving `format_with`.
#[derive(Clone, Debug)]
enum M {
    I(i64),
    S(String),
    L(Vec<M>),
    D(Vec<(String, M)>),
}

impl M {
    fn type_name(&self) -> &'static str {
        match self {
            M::I(_) => "int",
            M::S(_) => "str",
            M::L(_) => "list",
            M::D(_) => "dict",
        }
    }

    fn repr(&self) -> String {
        match self {
            M::I(i) => i.to_string(),
            M::S(s) => format!("'{s}'"),
            M::L(items) => {
                let inner: Vec<String> = items.iter().map(M::repr).collect();
                format!("[{}]", inner.join(", "))
            }
            M::D(items) => {
                let inner: Vec<String> = items
                    .iter()
                    .map(|(k, v)| format!("'{k}': {}", v.repr()))
                    .collect();
                format!("{{{}}}", inner.join(", "))
            }
        }
    }

    fn str(&self) -> String {
        match self {
            M::S(s) => s.clone(),
            other => other.repr(),
        }
    }
}

struct MockHandler {
    args: Vec<M>,
    kwargs: Vec<(String, M)>,
}

impl From<FormatError> for (String, String) {
    fn from(e: FormatError) -> Self {
        (kind_name(e.kind).to_string(), e.message)
    }
}

impl FormatHandler for MockHandler {
    type Value = M;
    type Error = (String, String);

    fn lookup(&mut self, key: &FieldKey) -> Result<M, Self::Error> {
        match key {
            FieldKey::Index(i) => self
                .args
                .get(*i)
                .cloned()
                .ok_or_else(|| err("IndexError", &error::replacement_index_out_of_range(*i))),
            FieldKey::Keyword(k) => self
                .kwargs
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| err("KeyError", &format!("'{k}'"))),
        }
    }

    fn attr(&mut self, value: M, name: &str) -> Result<M, Self::Error> {
        match (&value, name) {
            (M::I(_), "real") => Ok(value),
            _ => Err(err(
                "AttributeError",
                &format!("'{}' object has no attribute '{name}'", value.type_name()),
            )),
        }
    }

    fn item(&mut self, value: M, key: &ItemKey) -> Result<M, Self::Error> {
        match (&value, key) {
            (M::L(items), ItemKey::Int(i)) => items
                .get(*i)
                .cloned()
                .ok_or_else(|| err("IndexError", "list index out of range")),
            (M::S(s), ItemKey::Int(i)) => s
                .chars()
                .nth(*i)
                .map(|c| M::S(c.to_string()))
                .ok_or_else(|| err("IndexError", "string index out of range")),
            (M::D(items), ItemKey::Str(k)) => items
                .iter()
                .find(|(name, _)| name == k)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| err("KeyError", &format!("'{k}'"))),
            (M::D(_), ItemKey::Int(i)) => Err(err("KeyError", &i.to_string())),
            (M::I(_), _) => Err(err("TypeError", "'int' object is not subscriptable")),
            (_, ItemKey::Str(_)) => Err(err(
                "TypeError",
                &format!(
                    "{} indices must be integers or slices, not str",
                    value.type_name()
                ),
            )),
        }
    }

    fn convert(&mut self, value: M, conversion: char) -> Result<M, Self::Error> {
        Ok(M::S(if conversion == 's' {
            value.str()
        } else {
            value.repr()
        }))
    }

    fn format(&mut self, value: M, spec: &str) -> Result<String, Self::Error> {
        match &value {
            M::I(i) => Ok(format_int(&BigInt::from(*i), spec)?),
            M::S(s) => Ok(format_str(s, spec)?),
            _ if spec.is_empty() => Ok(value.str()),
            _ => Err(err(
                "TypeError",
                &format!(
                    "unsupported format string passed to {}.__format__",
                    value.type_name()
                ),
            )),
        }
    }
}

fn mock_handler() -> MockHandler {
    let dict = [
        ("k", M::S("v".into())),
        ("-1", M::I(7)),
        (" 1", M::I(8)),
        ("}", M::I(5)),
        ("{", M::I(6)),
        (":", M::I(9)),
        ("!", M::I(4)),
    ];
    MockHandler {
        args: vec![
            M::I(1),
            M::S("ab".into()),
            M::L(vec![M::I(10), M::S("x".into())]),
            M::D(
                dict.iter()
                    .map(|(k, v)| (k.to_string(), v.clone()))
                    .collect(),
            ),
        ],
        kwargs: vec![
            ("a".into(), M::I(3)),
            ("w".into(), M::I(6)),
            ("name".into(), M::S("Bob".into())),
        ],
    }
}

#[test]
fn format_string_table() {
    let mut failures = Vec::new();
    for (template, want) in cases::FORMAT_STRING {
        let got = format_with(template, &mut mock_handler());
        let want = expected(want);
        if got != want {
            failures.push(format!("{template:?}: got {got:?} want {want:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
