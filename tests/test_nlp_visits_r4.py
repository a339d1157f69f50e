"""Visits in the phrasings of regional news that round 4 generalises to (sentences of our own)."""

from __future__ import annotations

from nlp import Tagger


def visits(tagger: Tagger, text: str, published: str | None = "2023-03-10", title: str | None = None) -> list:
    result = tagger.extract({"id": "v4", "url": None, "title": title, "published": published, "text": text})
    return sorted((v["visitor"], v["host"], v["date"], v["leader"], v["delegation_size"]) for v in result["visits"])


def test_each_commission_goes_to_an_office_of_another_city(tagger: Tagger) -> None:
    text = ("Tiga komisi DPRD Kota Sorong melaksanakan kunjungan kerja ke luar daerah sejak Senin (6/3). "
            "Komisi I berkunker ke inspektorat Kota Kendari terkait temuan BPK. Komisi II berkunker ke Badan "
            "Pendapatan Daerah (Bapenda) Kota Makasar untuk membahas PAD. Komisi III melakukan stuban ke dinas "
            "Pemberdayaan Perempuan dan Perlindungan Anak Kota Palu. Dalam kunjungan ke luar daerah, tiap komisi "
            "juga membawa satu orang staf untuk mendampingi.")
    assert visits(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, None),
                                    ("Kota Sorong", "Kota Makassar", "2023-03-06", None, None),
                                    ("Kota Sorong", "Kota Palu", "2023-03-06", None, None)]


def test_head_of_delegation_named_after_his_words_and_companions_counted(tagger: Tagger) -> None:
    text = ("Sebanyak 9 orang dari Komisi II DPRD Kabupaten Balangan, disertai 3 orang pendamping dari Sekretariat "
            "DPRD, mendatangi DPRD Kabupaten Katingan guna melakukan sinkronisasi pengawasan, Senin (6/3). "
            "\"Kami senang diterima di sini,\" tutur Marwan Efendi Saragi, Pimpinan Rombongan Komisi II DPRD Balangan.")
    assert visits(tagger, text) == [("Kabupaten Balangan", "Kabupaten Katingan", "2023-03-06", "Marwan Efendi Saragi",
                                     12)]


def test_grand_total_outweighs_its_parts_and_head_after_a_title(tagger: Tagger) -> None:
    text = ("Sebanyak 40 kepala desa dari Kabupaten Buru menjalani studi banding ke Kabupaten Subang, Senin (6/3). "
            "Selain 40 kepala desa, rombongan juga terdiri atas pendamping dan pimpinan rombongan, Asisten Satu "
            "Hamzah Latuconsina, sehingga totalnya 43 orang.")
    assert visits(tagger, text) == [("Kabupaten Buru", "Kabupaten Subang", "2023-03-06", "Hamzah Latuconsina", 43)]


def test_press_officer_who_tells_of_the_trip_does_not_lead_it(tagger: Tagger) -> None:
    text = ("Dua puluh anggota DPRD Kota Sorong berkunjung ke Kota Kendari, Senin (6/3). Hal itu disampaikan "
            "Kepala Subbagian Humas DPRD Kota Sorong Yakob Wamafma kepada wartawan.")
    assert visits(tagger, text) == [("Kota Sorong", "Kota Kendari", "2023-03-06", None, 20)]


def test_set_off_to_a_province_then_its_regencies_named(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wonogiri berangkat ke Jawa Timur, tepatnya ke Kabupaten Lamongan dan Tuban, "
            "Rabu (8/3). Sekretaris DPRD Wonogiri membenarkan bahwa anggota dewan menjalankan studi banding ke "
            "Jawa Timur sejak Rabu (8/3).")
    assert visits(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Lamongan", "2023-03-08", None, None),
                                    ("Kabupaten Wonogiri", "Kabupaten Tuban", "2023-03-08", None, None)]


def test_day_the_visit_was_held_beats_the_day_of_a_statement(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wonogiri studi banding ke DPRD Kabupaten Lamongan, ujar Ketua Komisi I, "
            "Kamis (9/3). Kunjungan itu berlangsung pada Selasa (7/3) di gedung dewan.")
    assert visits(tagger, text) == [("Kabupaten Wonogiri", "Kabupaten Lamongan", "2023-03-07", None, None)]
