"""Build a stanza ``Document`` from kunker's tokens without stanza's general-purpose constructor.

``Document(sentences, text)`` parses every token dict generically (multi-word tokens, empty nodes, MISC
strings, whitespace annotations), which costs about 5 µs a token: half of the model-free profile's time.
kunker's tokenizer makes only single-word tokens with known offsets, so the same objects can be filled in
directly. The result equals the generic constructor's (``tests/test_nlp_fastdoc.py`` compares them field by
field); stanza is pinned (1.15.0) because this relies on its object layout.
"""

from __future__ import annotations

from stanza.models.common.doc import Comment, CommentList, Document, Sentence, Token, Word

from nlp.tokenizer import Tok

# the attributes stanza's Word and Token constructors set, in their order, with their defaults
WORD_FIELDS = {"_id": None, "_text": None, "_lemma": None, "_upos": None, "_xpos": None, "_feats": None,
               "_head": None, "_deprel": None, "_misc": None, "_start_char": None, "_end_char": None,
               "_parent": None, "_sent": None, "_mexp": None, "_coref_chains": None, "_line_number": None}
TOKEN_FIELDS = {"_id": None, "_text": None, "_misc": None, "_ner": None, "_multi_ner": None, "_words": None,
                "_start_char": None, "_end_char": None, "_sent": None, "_mexp": None, "_spaces_before": "",
                "_spaces_after": " ", "_line_number": None}


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
            wd = word.__dict__
            wd.update(WORD_FIELDS)
            wd["_id"], wd["_text"], wd["_start_char"], wd["_end_char"] = i, form, start, end
            wd["_parent"], wd["_sent"] = token, sentence
            td = token.__dict__
            td.update(TOKEN_FIELDS)
            td["_id"], td["_text"], td["_start_char"], td["_end_char"] = (i,), form, start, end
            td["_words"], td["_sent"] = [word], sentence
            if prev_token is not None:
                prev_token._spaces_after = text[prev_token._end_char:start]
            prev_token = token
            tokens.append(token)
            words.append(word)
        # the comments add_comment("# text = ...") and sent_id = str(index) make, built without parsing them back
        line = " ".join(sentence._text.split())
        sentence._comments._comments = [Comment("# text = " + line, "text", line, line),
                                        Comment(f"# sent_id = {index}", "sent_id", str(index), str(index))]
        built.append(sentence)
    if prev_token is not None:
        prev_token._spaces_after = text[prev_token._end_char:]
    doc._sentences = built
    doc._num_tokens = doc._num_words = sum(len(s._tokens) for s in built)
    return doc
