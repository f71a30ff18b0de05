"""Parsing the user's search string, and compiling it for each engine."""

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from pkhub.search.backends.postgres import compile_tsquery
from pkhub.search.backends.sqlite_fts5 import compile_fts5
from pkhub.search.query import MAX_TERMS, Phrase, Term, parse

# What may appear in a compiled FTS5 query outside its quoted tokens.
FTS5_SYNTAX_RE = re.compile(r'^(?:"[^\W_]+(?: [^\W_]+)*"\*?|[()]| |AND|OR|NOT)*$')


def test_words_phrases_or_not_and_prefix():
    """The query language a user may know is understood."""
    query = parse('Sécurité "protection des civils" aviation OR maritime -draft civil*')
    assert query.must == (
        (Term("securite"),),
        (Phrase(("protection", "des", "civils")),),
        (Term("aviation"), Term("maritime")),
        (Term("civil", prefix=True),),
    )
    assert query.must_not == (Term("draft"),)


def test_unbalanced_quote_reads_to_the_end():
    """An unclosed quote is a phrase of what follows it."""
    assert parse('"peace keeping').must == ((Phrase(("peace", "keeping")),),)


def test_number_of_terms_is_capped():
    """A huge query keeps only the first terms."""
    query = parse(" ".join(f"word{n}" for n in range(5000)))
    assert len(query.must) == MAX_TERMS


def test_only_exclusions_is_empty():
    """A query with nothing to look for is empty."""
    assert parse("-x -y").is_empty
    assert parse("").is_empty
    assert parse(None).is_empty


def test_compiled_fts5_query_is_only_quoted_tokens():
    """Whatever is typed, FTS5 sees double-quoted letters and digits joined by its operators."""
    compiled = compile_fts5(parse("'; DROP TABLE x; -- NEAR( \"a\" col:term ^b {c} d* -e OR f"))
    assert FTS5_SYNTAX_RE.match(compiled), compiled


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_any_text_compiles_to_safe_queries(text):
    """Random text never breaks parsing and never leaks syntax into either engine's query."""
    query = parse(text)
    fts = compile_fts5(query)
    tsq = compile_tsquery(query)
    assert (fts is None) == (tsq is None)
    if fts:
        assert FTS5_SYNTAX_RE.match(fts), fts
        assert re.fullmatch(r"[\w'()&|!<\->:* ]+", tsq), tsq


def test_function_words_are_dropped_when_other_words_remain():
    """ "protection des civils" asks for protection and civilians, not for "des"."""
    assert parse("protection des civils", ui_lang="fr").must == ((Term("protection"),), (Term("civils"),))
    assert parse("the protection of civilians", ui_lang="en").must == ((Term("protection"),), (Term("civilians"),))


def test_function_words_stay_in_phrases_and_alone():
    """A quoted phrase keeps its function words, and a query of function words alone is kept."""
    assert parse('"protection des civils"').must == ((Phrase(("protection", "des", "civils")),),)
    assert parse("de la").must == ((Term("de"),), (Term("la"),))
