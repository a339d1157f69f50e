"""Build a stanza ``Document`` from kunker's tokens without stanza's general-purpose constructor.

``Document(sentences, text)`` parses every token dict generically (multi-word tokens, empty nodes, MISC
strings, whitespace annotations), which costs about 5 µs a token: half of the model-free profile's time.
kunker's tokenizer makes only single-word tokens with known offsets, so the same objects can be filled in
directly. The result equals the generic constructor's (``tests/test_nlp_fastdoc.py`` compares them field by
field); stanza is pinned (1.15.0) because this relies on its object layout.
"""

from __future__ import annotations

from stanza.models.common.doc import CommentList, Document, Sentence, Token, Word

from nlp.tokenizer import Tok


def build_document(sentences: list[list[Tok]], text: str) -> Document:
    doc = Document.__new__(Document)
    doc.__dict__.update(_sentences=[], _lang=None, _text=text, _num_tokens=0, _num_words=0, _ents=[], _coref=[])
    built = []
    prev_token = None
    for index, toks in enumerate(sentences):
        sentence = Sentence.__new__(Sentence)
        sentence.__dict__.update(_tokens=[], _words=[], _dependencies=[], _text=text[toks[0].start:toks[-1].end],
                                 _ents=[], _doc=doc, _comments=CommentList(), _enhanced_dependencies=None,
                                 _empty_words=[], _index=index)
        tokens, words = sentence._tokens, sentence._words
        for i, (form, start, end) in enumerate(toks, 1):
            word = Word.__new__(Word)
            token = Token.__new__(Token)
            word.__dict__ = {"_id": i, "_text": form, "_lemma": None, "_upos": None, "_xpos": None, "_feats": None,
                             "_head": None, "_deprel": None, "_misc": None, "_start_char": start, "_end_char": end,
                             "_parent": token, "_sent": sentence, "_mexp": None, "_coref_chains": None,
                             "_line_number": None}
            token.__dict__ = {"_id": (i,), "_text": form, "_misc": None, "_ner": None, "_multi_ner": None,
                              "_words": [word], "_start_char": start, "_end_char": end, "_sent": sentence,
                              "_mexp": None, "_spaces_before": "", "_spaces_after": " ", "_line_number": None}
            if prev_token is not None:
                prev_token._spaces_after = text[prev_token._end_char:start]
            prev_token = token
            tokens.append(token)
            words.append(word)
        sentence.add_comment("# text = " + " ".join(sentence._text.split()))
        sentence.sent_id = str(index)
        built.append(sentence)
    if prev_token is not None:
        prev_token._spaces_after = text[prev_token._end_char:]
    doc._sentences = built
    doc._num_tokens = doc._num_words = sum(len(s._tokens) for s in built)
    return doc
