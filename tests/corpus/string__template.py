# string.Template: substitute, safe_substitute, identifiers, errors.
from string import Template
import string

t = Template('$who likes ${what} for $$5 $who_2')
print(t.substitute(who='tim', what='pie', who_2='x'))
print(t.substitute({'who': 'ann', 'what': 'tea', 'who_2': 1}, what='jam'))
print(t.safe_substitute(who='bo'))
print(t.get_identifiers(), t.is_valid(), t.template)
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
for bad in ['a $ b', 'line1\n  $1x', '${ x}', '${x', 'end $', '$$$']:
    tb = Template(bad)
    print(repr(tb.safe_substitute(x=1)), tb.is_valid(), tb.get_identifiers())
    try:
        tb.substitute(x=1)
    except ValueError as e:
        print('ValueError', e)
print(Template('$a$b${c}d').substitute(a=1, b=2.5, c=[3]))
print(Template('über $x').substitute(x='ü'), Template('$ü').safe_substitute())


class Percent(Template):
    delimiter = '%'


print(Percent('%x and %%').substitute(x='y'), Percent('%{x}s').substitute(x='!'))
print(Template.delimiter, Template.__module__, Template('').substitute())
print(string.capwords('hello  world'), 'Template' in string.__all__)
