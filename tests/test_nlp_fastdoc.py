"""The fast Document builder gives exactly what stanza's own Document constructor gives."""

from __future__ import annotations

import pytest
from stanza.models.common.doc import Document

from nlp.fastdoc import build_document
from nlp.tokenizer import tokenize

TEXTS = [
    "Rombongan Pemkab Ngawi tiba.  Mereka diterima Sekda, Drs. H. Mulyono, M.Si.\n\nAcara selesai!",
    'Judul Tanpa Titik\nIa berkata, "Kami belajar." Lalu pulang',
    "Satu",
]


def _generic(text: str) -> Document:
    sentences = [[{"id": (i,), "text": t.text, "start_char": t.start, "end_char": t.end}
                  for i, t in enumerate(sent, 1)] for sent in tokenize(text)]
    return Document(sentences, text)


@pytest.mark.parametrize("text", TEXTS)
def test_same_as_stanza_constructor(text: str) -> None:
    fast, slow = build_document(tokenize(text), text), _generic(text)
    assert fast.text == slow.text and fast.num_tokens == slow.num_tokens and fast.num_words == slow.num_words
    assert len(fast.sentences) == len(slow.sentences)
    for fs, ss in zip(fast.sentences, slow.sentences, strict=True):
        assert fs.text == ss.text and fs.index == ss.index and fs.sent_id == ss.sent_id
        assert [(c.key, c.text, c.value, str(c)) for c in fs.comments._comments] == \
               [(c.key, c.text, c.value, str(c)) for c in ss.comments._comments]
        assert fs.doc is fast and fs.dependencies == ss.dependencies == []
        for ft, st in zip(fs.tokens, ss.tokens, strict=True):
            assert vars(ft).keys() == vars(st).keys()
            for key in vars(ft):
                if key not in ("_sent", "_words"):
                    assert getattr(ft, key) == getattr(st, key), key
            (fw,), (sw,) = ft.words, st.words
            assert vars(fw).keys() == vars(sw).keys()
            for key in vars(fw):
                if key not in ("_sent", "_parent"):
                    assert getattr(fw, key) == getattr(sw, key), key
            assert fw.parent is ft and fw.sent is fs and ft.sent is fs
    assert fast.to_dict() == slow.to_dict()
    assert fast.ents == slow.ents == []
