//! Hand-written unit tests of the public API and no-panic checks on odd
//! inputs (a deterministic pseudo-random generator, no extra crates).

use num_bigint::BigInt;

use super::super::*;
use super::{mock_handler, outcome};

/// xorshift64*: deterministic pseudo-random numbers for the fuzz-ish tests.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    fn text(&mut self, alphabet: &[&str], max_len: u64) -> String {
        let len = self.next() % (max_len + 1);
        (0..len).map(|_| *self.pick(alphabet)).collect()
    }
}

#[test]
fn radix_helpers() {
    let cases: [(i64, u32, bool, &str); 9] = [
        (-255, 16, true, "-0xff"),
        (255, 16, false, "ff"),
        (0, 2, true, "0b0"),
        (5, 2, true, "0b101"),
        (-5, 2, true, "-0b101"),
        (8, 8, true, "0o10"),
        (-8, 8, false, "-10"),
        (0, 16, true, "0x0"),
        (1234, 10, true, "1234"),
    ];
    for (v, radix, prefix, want) in cases {
        assert_eq!(int_to_str_radix(&BigInt::from(v), radix, prefix), want);
    }
    let big = BigInt::from(1u8) << 70u32;
    assert_eq!(int_to_str_radix(&big, 16, true), "0x400000000000000000");
}

#[test]
fn repr_layout_rules() {
    let cases = [
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (1e-5, "1e-05"),
        (1.0, "1.0"),
        (0.1, "0.1"),
        (123456789012345.0, "123456789012345.0"),
        (f64::INFINITY, "inf"),
        (f64::NEG_INFINITY, "-inf"),
        (f64::NAN, "nan"),
        (-0.0, "-0.0"),
        (1e100, "1e+100"),
        (0.0001, "0.0001"),
    ];
    for (x, want) in cases {
        assert_eq!(float_repr(x), want);
    }
}

#[test]
fn repr_round_trips_random_bits() {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    for _ in 0..200_000 {
        let x = f64::from_bits(rng.next());
        let text = float_repr(x);
        if x.is_nan() {
            assert_eq!(text, "nan");
            continue;
        }
        assert_eq!(
            text.parse::<f64>().map(f64::to_bits),
            Ok(x.to_bits()),
            "{text}"
        );
        let d = Digits::shortest(x);
        let exponent_form = x.is_finite() && (d.exp < -4 || d.exp >= 16);
        assert_eq!(text.contains('e'), exponent_form, "{text}");
    }
}

#[test]
fn spec_parse_fields() {
    let spec = FormatSpec::parse("*^+z#012,.3f", "float", None).unwrap_or_default();
    assert_eq!(spec.fill, Some('*'));
    assert_eq!(spec.align, Some(Align::Center));
    assert_eq!(spec.sign, Some(Sign::Plus));
    assert!(spec.no_neg_zero && spec.alternate && spec.zero_pad);
    assert_eq!(spec.width, Some(12));
    assert_eq!(spec.grouping, Some(Grouping::Comma));
    assert_eq!(spec.precision, Some(3));
    assert_eq!(spec.ty, Some('f'));
    let err = FormatSpec::parse("dd", "int", Some('d')).err();
    assert_eq!(
        err.map(|e| e.message),
        Some("Invalid format specifier 'dd' for object of type 'int'".to_string())
    );
}

#[test]
fn format_examples() {
    assert_eq!(
        format_float(-1234.5, "012,.2f").ok().as_deref(),
        Some("-0,001,234.50")
    );
    assert_eq!(format_float(1.0, "").ok().as_deref(), Some("1.0"));
    assert_eq!(format_float(1e16, "").ok().as_deref(), Some("1e+16"));
    assert_eq!(format_float(2.675, ".2f").ok().as_deref(), Some("2.67"));
    assert_eq!(
        format_int(&BigInt::from(12345678), "_x").ok().as_deref(),
        Some("bc_614e")
    );
    let e = format_float(1.0, "d").err().map(|e| (e.kind, e.message));
    assert_eq!(
        e,
        Some((
            ErrorKind::ValueError,
            "Unknown format code 'd' for object of type 'float'".to_string()
        ))
    );
    let e = format_str("a", ",").err().map(|e| e.message);
    assert_eq!(e.as_deref(), Some("Cannot specify ',' with 's'."));
    let e = format_int(&BigInt::from(5), "1000000000000000")
        .err()
        .map(|e| e.kind);
    assert_eq!(e, Some(ErrorKind::MemoryError));
}

#[test]
fn template_pieces() {
    let pieces = parse_format_string("a{0.x[1]!r:>{w}}b{{").unwrap_or_default();
    let field = FormatField {
        name: FieldName {
            first: FieldFirst::Index(0),
            accessors: vec![Accessor::Attr("x".into()), Accessor::Item(ItemKey::Int(1))],
        },
        conversion: Some('r'),
        spec: ">{w}".into(),
    };
    assert_eq!(
        pieces,
        vec![
            FormatPiece::Literal("a".into()),
            FormatPiece::Field(field),
            FormatPiece::Literal("b{".into()),
        ]
    );
    let name = parse_field_name("[k].y").unwrap_or_else(|_| FieldName {
        first: FieldFirst::Index(99),
        accessors: vec![],
    });
    assert_eq!(name.first, FieldFirst::Auto);
    assert_eq!(
        name.accessors,
        vec![
            Accessor::Item(ItemKey::Str("k".into())),
            Accessor::Attr("y".into())
        ]
    );
    let err = parse_format_string("x}").err().map(|e| e.message);
    assert_eq!(
        err.as_deref(),
        Some("Single '}' encountered in format string")
    );
}

#[test]
fn auto_numbering_rules() {
    let mut n = AutoNumbering::default();
    assert_eq!(n.resolve(&FieldFirst::Auto).ok(), Some(FieldKey::Index(0)));
    assert_eq!(
        n.resolve(&FieldFirst::Keyword("k".into())).ok(),
        Some(FieldKey::Keyword("k".into()))
    );
    assert_eq!(n.resolve(&FieldFirst::Auto).ok(), Some(FieldKey::Index(1)));
    let e = n.resolve(&FieldFirst::Index(0)).err().map(|e| e.message);
    assert_eq!(
        e.as_deref(),
        Some("cannot switch from automatic field numbering to manual field specification")
    );
}

#[test]
fn percent_pieces() {
    let pieces = parse_percent("a%%b%(k)-+ #0*.*lds%c").unwrap_or_default();
    assert_eq!(pieces.len(), 4);
    assert_eq!(pieces[0], PercentPiece::Literal("a%b".into()));
    let PercentPiece::Spec(spec) = &pieces[1] else {
        panic!("expected a spec, got {:?}", pieces[1]);
    };
    assert_eq!(spec.key.as_deref(), Some("k"));
    let flags = PercentFlags {
        left: true,
        plus: true,
        space: true,
        alternate: true,
        zero: true,
    };
    assert_eq!(spec.flags, flags);
    assert_eq!(spec.width, Some(PercentCount::Star));
    assert_eq!(spec.precision, Some(PercentCount::Star));
    assert_eq!((spec.conversion, spec.index), ('d', 17));
    assert_eq!(pieces[2], PercentPiece::Literal("s".into()));
    let mut spec = spec.clone();
    spec.set_star_width(-6);
    assert!(spec.set_star_precision(2).is_ok());
    spec.conversion = 'f';
    let out = render_percent_spec(&spec, &PercentArg::Float(3.25159));
    assert_eq!(out.ok().as_deref(), Some("+3.25 "));
    assert_eq!(
        parse_percent("%5").err().map(|e| e.message).as_deref(),
        Some("incomplete format")
    );
}

const SPEC_ALPHABET: &[&str] = &[
    "<",
    ">",
    "^",
    "=",
    "+",
    "-",
    " ",
    "z",
    "#",
    "0",
    "1",
    "9",
    ",",
    "_",
    ".",
    "d",
    "e",
    "f",
    "g",
    "n",
    "%",
    "x",
    "X",
    "b",
    "o",
    "c",
    "s",
    "E",
    "F",
    "G",
    "é",
    "{",
    "}",
    "\u{0}",
    "\u{1F600}",
];

#[test]
fn odd_specs_never_panic() {
    let mut rng = Rng(42);
    let ints = [
        BigInt::from(0),
        BigInt::from(-7),
        BigInt::from(65),
        BigInt::from(1u8) << 200u32,
    ];
    let floats = [
        0.0,
        -0.0,
        1.5,
        -1e300,
        5e-324,
        f64::NAN,
        f64::NEG_INFINITY,
        123456.789,
    ];
    for _ in 0..20_000 {
        let spec = rng.text(SPEC_ALPHABET, 8);
        let _ = format_int(rng.pick(&ints), &spec);
        let _ = format_float(*rng.pick(&floats), &spec);
        let _ = format_str("héllo", &spec);
    }
}

#[test]
fn odd_templates_never_panic() {
    let alphabet = [
        "{", "}", "0", "1", "a", "!", "r", "x", ":", ".", "[", "]", ">", "5", "é",
    ];
    let mut rng = Rng(7);
    for _ in 0..20_000 {
        let template = rng.text(&alphabet, 12);
        let _ = parse_format_string(&template);
        let _ = format_with(&template, &mut mock_handler());
    }
}

#[test]
fn odd_percent_never_panic() {
    let alphabet = [
        "%", "(", ")", "a", "-", "+", " ", "#", "0", "5", "*", ".", "l", "d", "s", "c", "x", "e",
        "g", "r", "é",
    ];
    let args = [
        PercentArg::Int(BigInt::from(-42)),
        PercentArg::Float(f64::NAN),
        PercentArg::Float(-2.5),
        PercentArg::Str("é".into()),
        PercentArg::Other("list".into()),
    ];
    let mut rng = Rng(99);
    for _ in 0..20_000 {
        let fmt = rng.text(&alphabet, 10);
        for piece in PercentParser::new(&fmt) {
            if let Ok(PercentPiece::Spec(mut spec)) = piece {
                if spec.width == Some(PercentCount::Star) {
                    spec.set_star_width((rng.next() % 40) as i64 - 20);
                }
                if spec.precision == Some(PercentCount::Star) {
                    let _ = spec.set_star_precision((rng.next() % 40) as i64 - 20);
                }
                let _ = outcome(render_percent_spec(&spec, rng.pick(&args)));
            }
        }
    }
}

#[test]
fn huge_precisions_beyond_rust_formatter_limits() {
    let f = format_float(1.5, ".70000f").unwrap_or_default();
    assert_eq!(f.len(), 70_002);
    assert!(f.starts_with("1.5000") && f.ends_with("000"));
    let e = format_float(1.5, ".70000e").unwrap_or_default();
    assert_eq!(e.len(), 70_006);
    assert!(e.ends_with("0e+00"));
    assert_eq!(format_float(1.5, ".70000g").ok().as_deref(), Some("1.5"));
    assert_eq!(format_float(1.5, ".70000").ok().as_deref(), Some("1.5"));
    let g = format_float(0.25, "#.70000g").unwrap_or_default();
    assert_eq!(g.len(), 70_002);
    let p = format_float(0.25, ".70000%").unwrap_or_default();
    assert!(p.starts_with("25.000") && p.ends_with("0%"));
    assert_eq!(format_str("abc", ".70000").ok().as_deref(), Some("abc"));
    let padded = format_str("abc", "70000").unwrap_or_default();
    assert_eq!(padded.len(), 70_000);
    let spec = match parse_percent("%.70000f").unwrap_or_default().pop() {
        Some(PercentPiece::Spec(spec)) => spec,
        other => panic!("expected a spec, got {other:?}"),
    };
    let text = render_percent_spec(&spec, &PercentArg::Float(0.25)).unwrap_or_default();
    assert_eq!(text.len(), 70_002);
    let int_text =
        render_percent_spec(&spec, &PercentArg::Int(BigInt::from(3))).unwrap_or_default();
    assert_eq!(int_text.len(), 70_002);
}

#[test]
fn public_helpers_reject_absurd_precision() {
    let style = FloatStyle::General(usize::MAX);
    let e = float_parts(1.0, style, false, false)
        .err()
        .map(|e| e.message);
    assert_eq!(e.as_deref(), Some("precision too big"));
    let e = format_float(f64::INFINITY, ".2147483648f")
        .err()
        .map(|e| e.message);
    assert_eq!(e.as_deref(), Some("precision too big"));
    assert_eq!(Digits::significant(0.5, 0).digits, "5");
}

#[test]
fn percent_keys_first() {
    let pieces: Vec<_> = PercentParser::new("a%(k)5s%(x)").keys_first(true).collect();
    assert_eq!(pieces.len(), 5);
    assert_eq!(pieces[1], Ok(PercentPiece::Key("k".into())));
    let Ok(PercentPiece::Spec(spec)) = &pieces[2] else {
        panic!("expected a spec, got {:?}", pieces[2]);
    };
    assert_eq!(spec.key.as_deref(), Some("k"));
    assert_eq!(spec.width, Some(PercentCount::Fixed(5)));
    assert_eq!(pieces[3], Ok(PercentPiece::Key("x".into())));
    let e = pieces[4].clone().err().map(|e| e.message);
    assert_eq!(e.as_deref(), Some("incomplete format"));
    // Without a mapping, `%(` fails before the key is parsed.
    let first = PercentParser::new("%(k").keys_first(false).next();
    let e = first.and_then(|p| p.err());
    assert_eq!(
        e.map(|e| (e.kind, e.message)),
        Some((ErrorKind::TypeError, FORMAT_REQUIRES_MAPPING.to_string()))
    );
    let Some(Ok(PercentPiece::Spec(spec))) = PercentParser::new("%\u{1f}").next() else {
        panic!("expected a spec");
    };
    let e = render_percent_spec(&spec, &PercentArg::Int(BigInt::from(1)));
    assert_eq!(
        e.err().map(|e| e.message).as_deref(),
        Some("unsupported format character '\u{1f}' (0x1f) at index 1")
    );
}
