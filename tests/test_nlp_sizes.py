"""Delegation sizes (nlp/delegation_size.py: the head-count patterns and ``count``) on sentences of our own:
head-count nouns, headline counts, grand totals and their parts, the host's people and companions not counted, one
named on top of the ones counted (also right after a dateline), colleagues taken along ("memboyong tiga rekan
sejawatnya" is 4: the count_noun rows of data/visit_cues.csv marked companion and the count_companion row rekan), a
count in digits with its words in brackets ("beranggotakan 14 (empat belas) orang"); the basic size forms, a
total not incremented, each delegation its own size, and a council's make-up that is no delegation size; counts
written joined ("31orang"), counted by the host before one named body's delegation ("<verb> N rombongan <body>
Kabupaten X", not delegations counted), listed with more kinds of parts ("serta N ketua ...", "N Setwan"), the ones
who join named further from their verb, a count before "ke Kota X", a headline's "<takes> N <people>" that the body
counts as the whole group, a group counted by its verb's "ber-" numeral ("datang berdua"), and the doers counted
after a passive trip verb ("dilakukan oleh 26 orang"), a group counted with "ke" before its number ("ke-18
anggota"), and a count right after the trip's noun with its kind or short form ("kunjungan kerja (Kunker) N
<people>", "Study Banding N <people>"), a leader named in commas between a count and its verb of going, and the names
of a delegation whose members are listed and not counted; heads of villages counted under a region's own title
("64 hukum tua"), a name of short words in such a list, and the ones counted before "yang dapat
ikut" or "yang terbang"; a lone count of people in a sentence of the trip, with its guards (round 35); a list of
the members opened by "terdiri atas|yakni|yaitu" whose counts and titled persons add up, with its guards (round 37); the
lead's one count of people when no sentence about the delegation counts them, with its guards (round 39); a
council's make-up after a verb of make-up, in a sentence with no word of the trip, is no size (round 40); a head
with his people added only after "berjumlah|sebanyak" (round 41, measured: pinned)."""

from __future__ import annotations

import pytest
from nlp_helpers import TRIP, facts, visits

from nlp import Tagger
from nlp.delegation_size import size


@pytest.mark.parametrize("sentence, size", [
    ("Sebanyak 15 personil dewan datang untuk belajar.", 15),  # a common spelling
    ("Kunjungan itu diikuti 120 keuchik dari seluruh kecamatan.", 120),  # village heads by their local titles
    ("Sebanyak 33 sekretaris desa (sekdes) ikut belajar.", 33),
    ("Sekda Wajo membawa 40 peserta pelatihan kepemimpinan.", 41),  # the one who takes them comes on top
    ("Rombongan itu berjumlah 50-an orang.", 50),  # about fifty
    # "rombongan" counted as people after a verb of taking along, the one who takes them on top
    ("Ketua Komisi II DPRD Wajo yang membawa serta 11 rombongan dari anggota komisi diterima di Klaten.", 12),
    ("Bupati Wajo datang bersama tiga rombongan lainnya.", None),  # delegations, not people
    ("Ada 27 orang yang tergabung, terdiri atas anggota dewan dan staf.", 27),  # the ones who joined, before the verb
    ("Dari daftar itu, 31 orang yang tercatat menginap di hotel.", 31),
    # village heads under any title positions.csv gives a village post, taken along: the one who takes them on top
    ("Camat Tanasitolo hadir bersama 14 perbekel untuk melihat pasar desa.", 15),
    ("Asisten II datang bersama 9 kuwu dari wilayah utara.", 10),
    ("Kepala Bappeda Wajo yang hadir ditemani tiga orang staf mencatat semua masukan.", 4),  # "ditemani": with
])
def test_more_head_count_nouns(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("title, size", [
    ("26 Anggota DPRD Wajo Study Banding ke Klaten", 26),  # a headline counts the ones who went
    ("Camat Tempe Ajak Tujuh Kades Wajo Studi Banding ke Klaten", 8),  # and the one who takes them
])
def test_headline_head_count(tagger: Tagger, title: str, size: int) -> None:
    text = ("Rombongan DPRD Wajo studi banding ke Kabupaten Klaten, Senin (4/3). Panitia khusus tata tertib yang "
            "dibentuk pekan lalu beranggotakan 15 anggota dewan.")
    assert visits(tagger, text, title=title)[0][4] == size


def test_a_written_grand_total_outweighs_the_headline(tagger: Tagger) -> None:
    text = ("Sebanyak 40 kepala desa studi banding ke Kabupaten Klaten. Selain 40 kepala desa, rombongan juga "
            "membawa pendamping, sehingga totalnya 44 orang.")
    assert visits(tagger, text, title="40 Kades Wajo Studi Banding ke Klaten")[0][4] == 44


@pytest.mark.parametrize("sentence, size", [
    ("Mereka diterima Sekda Klaten bersama 15 kepala OPD.", None),  # the hosts' people, not the delegation
    ("Rombongan berjumlah 20 orang. Mereka disambut Bupati Klaten beserta 12 pejabat.", 20),
    ("Sekda Wajo, yang memimpin rombongan, membawa 12 kepala OPD.", 13),
    ("Sebanyak 30 pegawai Pemkab Klaten menyambut rombongan di pendopo.", None),  # the hosts, before their verb
    ("Rombongan berjumlah 20 orang. Sebanyak 30 pegawai Pemkab Klaten menyambut mereka.", 20),
])
def test_companions_of_the_host_are_not_counted(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("text, size", [
    # a named person on top of the ones counted: "Ketua X Banyu Prasojo dan 9 anggota", "Didampingi Sekda X, ..."
    ("Ketua DPRD Kabupaten Wajo Banyu Prasojo dan 9 anggota DPRD studi banding ke Kabupaten Klaten, Senin (4/3).",
     10),
    ("Didampingi Sekda Kabupaten Wajo, Andi Baso, sembilan kepala bagian mengunjungi Pemkab Klaten, Senin (4/3), "
     "untuk studi banding.", 10),
    ("Dua puluh kepala desa Kabupaten Wajo bersama camat studi banding ke Kabupaten Klaten, Senin (4/3).", 21),
    # a region is no person: "Kabupaten Wajo dan 9 anggota"
    ("Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). Dari Kabupaten Wajo dan 9 anggota "
     "DPRD berangkat belajar.", 9),
])
def test_one_named_person_besides_the_ones_counted(tagger: Tagger, text: str, size: int) -> None:
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("sentence, size", [
    ("Rombongan terdiri dari 15 anggota DPRD, 5 staf sekretariat dan 3 tenaga ahli.", 23),  # a list adds up
    ("Rombongan berjumlah 25 orang, 10 orang di antaranya kepala desa.", 25),  # a part of them, no list
    # the hosts counted where they receive the guests, not the guests
    ("Kunjungan itu disambut sebanyak 40 orang pejabat Pemkab Klaten. Rombongan Wajo berjumlah 25 orang.", 25),
])
def test_lists_of_parts_and_the_hosts_counted(tagger: Tagger, sentence: str, size: int) -> None:
    text = f"Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("text, size", [
    # a long subject between the count and its going
    ("Tiga belas anggota Komisi II DPRD Kabupaten Wajo melakukan kunjungan kerja ke Kabupaten Klaten, Senin (4/3).",
     13),
    # the ones counted "dalam rombongan"
    ("Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). Ada 20 orang dalam rombongan itu.", 20),
    # "datang", "mempelajari" and "legislator"
    ("Kabupaten Klaten kembali menerima studi banding. Kali ini, 12 orang anggota DPRD Kabupaten Wajo datang, Senin "
     "(4/3).", 12),
    ("DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (4/3). Dalam kunjungan itu, 12 orang "
     "legislator Wajo mempelajari tata kelola pasar.", 12),
    # the ones who did not go are no count
    ("DPRD Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (4/3). Dari 25 anggota DPRD Wajo, hanya dua "
     "orang yang berhalangan datang.", None),
])
def test_subject_counts_told_more_loosely(tagger: Tagger, text: str, size: int | None) -> None:
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("sentence, size", [
    ("Kaji banding 27 orang anggota dewan tersebut dijadwalkan tiga hari.", 27),  # the trip's noun before the count
    ("Tujuh belas anggota Badan Anggaran DPRD Wajo dijamu Sekda Klaten.", 17),  # counted as the ones received
    ("Mereka hadir dengan 14 orang dan didampingi 2 orang staf sekretariat.", 16),  # "hadir dengan"
    ("Sebanyak 18 anggota Komisi III dan 4 staf ikut dalam perjalanan itu.", 22),  # the parts add up
    ("Perjalanan itu diikuti tidak kurang dari 40 orang kepala desa.", 40),
    ("Wakil Ketua DPRD Wajo didampingi 6 anggota Komisi II dan 3 staf.", 10),  # the one accompanied and both parts
    # the hosts' people after a verb of receiving are not added
    ("Tiga puluh anggota DPRD Wajo disambut Wakil Bupati Klaten bersama 6 staf.", 30),
    ("Kegiatan diikuti 24 anggota bersama 7 kepala OPD Klaten.", 24),
    ("Mereka tiba dengan 11 anggota dan diterima Asisten I Klaten didampingi 4 orang staf.", 11),
])
def test_counts_of_the_trip_and_of_the_received(tagger: Tagger, sentence: str, size: int) -> None:
    text = f"Rombongan DPRD Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


def test_no_count_across_a_line_break(tagger: Tagger) -> None:
    text = ("DPRD Kota Wajo kunjungan kerja ke DPRD Kabupaten Klaten, Selasa (5/3).\n22\nRombongan DPRD Kota Wajo saat "
            "tiba di gedung DPRD Klaten (Foto: Humas)\nKetua DPRD Klaten menyambut baik kunjungan itu.")
    assert visits(tagger, text)[0][4] is None


def test_each_delegation_takes_the_head_count_written_with_its_own_name(tagger: Tagger) -> None:
    text = ("DPRD Kabupaten Klaten menerima kunjungan dari DPRD Kabupaten Wajo dan Kabupaten Pati, Selasa (7/3). "
            "Tamu dari Pati sebanyak 12 orang ingin studi banding soal pasar desa. Sedangkan dari Wajo, rombongan "
            "sebanyak 9 orang datang untuk belajar tata tertib dewan.")
    assert [(v[0], v[4]) for v in facts(tagger, text)] == [("Kabupaten Pati", 12), ("Kabupaten Wajo", 9)]


def test_companions_written_as_pendampingan_add_to_the_count(tagger: Tagger) -> None:
    text = ("Komisi I DPRD Kabupaten Wajo studi banding ke DPRD Kota Bitung, Selasa (7/3). Rombongan terdiri atas "
            "enam orang anggota Komisi I dengan pendampingan dua orang kepala dinas.")
    assert [v[4] for v in facts(tagger, text)] == [8]


def test_two_delegations_counted_in_one_sentence_each_take_their_own_count(tagger: Tagger) -> None:
    text = ("Senin (6/3), DPRD Kabupaten Wajo dan DPRD Kota Bitung studi banding ke Pemkab Klaten. Rombongan DPRD "
            "Kabupaten Wajo berjumlah 14 orang dan rombongan DPRD Kota Bitung 17 orang; keduanya diterima di aula.")
    assert [(v[0], v[4]) for v in facts(tagger, text)] == [("Kabupaten Wajo", 14), ("Kota Bitung", 17)]


def test_a_count_written_before_jumlahnya(tagger: Tagger) -> None:
    text = ("Wakil Bupati Wajo datang ke Kota Bitung bersama para kepala dinas, sekira 45 orang jumlahnya, untuk "
            "studi tiru pengelolaan aset, Selasa (7/3).")
    assert [v[4] for v in facts(tagger, text)] == [45]


def test_a_count_of_the_hosts_own_people_is_not_the_delegation(tagger: Tagger) -> None:
    text = ("Pemkot Magelang menerima studi banding Pemkab Kebumen, Selasa (7/3). Kota Magelang sudah melatih "
            "sebanyak 300 kader posyandu. Rombongan Kebumen berjumlah 25 orang.")
    assert [v[4] for v in facts(tagger, text)] == [25]


@pytest.mark.parametrize("sentence, size", [
    ("Ketua DPRD Kabupaten Wajo, Andi Rahman, membawa serta 13 anggotanya.", 14),
    ("Ketua DPRD Kabupaten Klaten menerima kedatangan lima anggota DPRD Kabupaten Wajo.", 5),
    ("Sebelas kepala desa Kabupaten Wajo studi banding ke Kabupaten Klaten.", 11),
])
def test_delegation_size_phrasings(tagger: Tagger, sentence: str, size: int) -> None:
    text = "DPRD Kabupaten Wajo berkunjung ke DPRD Kabupaten Klaten untuk belajar, Senin (6/3). " + sentence
    assert [v[4] for v in facts(tagger, text)] == [size]


def test_grand_total_outweighs_its_parts_and_head_after_a_title(tagger: Tagger) -> None:
    text = ("Sebanyak 40 kepala desa dari Kabupaten Buru menjalani studi banding ke Kabupaten Subang, Senin (6/3). "
            "Selain 40 kepala desa, rombongan juga terdiri atas pendamping dan pimpinan rombongan, Asisten Satu "
            "Hamzah Latuconsina, sehingga totalnya 43 orang.")
    assert facts(tagger, text) == [("Kabupaten Buru", "Kabupaten Subang", "2023-03-06", "Hamzah Latuconsina", 43)]


@pytest.mark.parametrize("sentence, size", [
    ("Rombongan terdiri dari 12 anggota dewan dan 5 staf sekretariat.", 17),
    ("Sebanyak 12 anggota DPRD dan 4 staf ikut dalam rombongan.", 16),
    ("Kunker diikuti oleh 9 anggota Komisi II dan 3 orang pendamping.", 12),
    ("Kunjungan 15 anggota Komisi I itu diterima Wakil Ketua DPRD Klaten.", 15),
    ("Belasan anggota dewan ikut serta.", None),
    ("Pada hari itu DPRD Klaten menerima kunjungan kerja dua rombongan sekaligus.", None),
])
def test_delegation_size_parts_add_up_and_guests_counted_in_the_visit(tagger: Tagger, sentence: str,
                                                                       size: int | None) -> None:
    text = "DPRD Kabupaten Wajo berkunjung ke DPRD Kabupaten Klaten untuk belajar, Senin (6/3). " + sentence
    assert [v[4] for v in facts(tagger, text)] == [size]


@pytest.mark.parametrize("sentence, size", [
    ("Dalam kunjungan itu, Kepala Dinas Kesehatan Pinrang memboyong tiga rekan sejawatnya.", 4),
    ("Ia datang bersama 8 rekan dari Bappeda Pinrang.", 9),
    ("Banyak rekan kami di Pinrang menanti hasil kunjungan ini.", None),  # no count
])
def test_colleagues_taken_along(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Pemkab Pinrang studi tiru ke Kota Salatiga, Selasa (5/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("sentence, size", [
    ("Tim itu beranggotakan 14 (empat belas) orang dari bagian pemerintahan.", 14),
    ("Tercatat sebanyak 30 (Tiga Puluh) Kader ikut dalam perjalanan itu.", 30),
    ("Mereka juga membawa 3 (tiga) buah buku profil daerah.", None),  # no people counted
])
def test_digits_with_words_in_brackets(tagger: Tagger, sentence: str, size: int | None) -> None:
    text = f"Pemkab Enrekang melakukan studi tiru ke Kota Pekalongan, Kamis (7/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("dash", ["-", "–"])
def test_one_named_on_top_after_a_dateline(tagger: Tagger, dash: str) -> None:
    # "Bersama Kepala X, tujuh staf ..." right after a dateline's dash (plain or en): the Kepala comes on top
    text = (f"PEKALONGAN {dash} Bersama Kepala Bappeda Enrekang, Yohanis Kombong, tujuh staf perencana menyambangi "
            "Kota Pekalongan untuk studi tiru, Kamis (7/3).")
    assert visits(tagger, text)[0][4] == 8


def test_total_size_is_not_incremented(tagger: Tagger) -> None:
    text = "Rombongan Pemkot Kendari berjumlah 25 orang studi banding ke Kabupaten Banyuwangi untuk belajar."
    assert visits(tagger, text)[0][4] == 25


def test_each_delegation_has_its_own_size(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Ngawi berjumlah 20 orang studi banding ke Kabupaten Banyuwangi untuk belajar "
            "perizinan. Mereka disambut Sekda Banyuwangi Mujiono. Sehari kemudian rombongan Pemkot Madiun "
            "studi banding ke Kabupaten Banyuwangi dengan mengajak 7 orang staf.")
    got = {v[0]: v[4] for v in visits(tagger, text)}
    assert got == {"Kabupaten Ngawi": 20, "Kota Madiun": 8}


@pytest.mark.parametrize("sentence, size", [
    ("Total rombongan kira-kira 120 orang.", 120),
    ("Bupati Wajo Anton Sukma beserta para kepala desa yang berjumlah 60 orang tiba.", 61),
    ("Sebanyak 40 peserta ikut dalam rombongan itu.", 40),
    ("Rombongan berjumlah tiga puluh orang.", 30),
    ("Sebanyak 67 ketua RT ikut belajar.", 67),
    ("Banyu Prasojo memimpin rombongan yang diikuti sembilan anggota dewan lainnya.", 10),
    ("\"Ada 27 orang anggota dewan yang ikut ke Klaten,\" ujarnya.", 27),
    ("Tercatat 18 pegawai yang berangkat.", 18),
])
def test_delegation_size_forms(tagger: Tagger, sentence: str, size: int) -> None:
    text = f"Rombongan Pemkab Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] == size


@pytest.mark.parametrize("sentence", [
    "Ketua DPRD Klaten menjelaskan DPRD Klaten beranggotakan 45 orang dengan 7 fraksi.",
    "DPRD Wajo sendiri beranggotakan 35 orang dalam enam fraksi.",
])
def test_make_up_of_a_council_is_no_delegation_size(tagger: Tagger, sentence: str) -> None:
    text = f"Rombongan DPRD Wajo studi banding ke Kabupaten Klaten, Senin (4/3). {sentence}"
    assert visits(tagger, text)[0][4] is None


@pytest.mark.parametrize("sentence, size_", [
    ("Rombongan berjumlah 31orang dan tiba pukul sepuluh.", 31),  # a count written joined to its noun
    # a count in digits before one named body's delegation, received: its people
    ("Kemarin Sekretariat DPRD Kota Salatiga menerima kunjungan 42 rombongan DPRD Kabupaten Bantaeng.", 42),
    ("Balai Kota Salatiga dikunjungi empat rombongan dari sejumlah daerah pekan ini.", None),  # delegations counted
    ("Tim itu terdiri atas 22 kepala sekolah serta 4 ketua komite.", 26),  # the parts add up
    ("Delegasi tersebut berjumlah 8 anggota Komisi II, 3 tenaga ahli serta 2 Setwan.", 13),
    ("Tercatat 23 orang pegawai Dinas Pendidikan Kabupaten Bantaeng yang turut dalam perjalanan itu.", 23),
    ("Pemkab Bantaeng memberangkatkan pelatihan bagi 120 kepala desa ke Kota Salatiga.", 120),
    # the parts after a count are the count_part nouns of data/visit_cues.csv, whole words, also "staff" and "-nya"
    ("Rombongan berjumlah 12 orang, disertai 2 ajudan bupati.", 14),
    ("Rombongan berjumlah 12 orang dan 3 staff sekretariat.", 15),
    ("Rombongan berjumlah 12 orang dan 3 tenaga ahli.", 15),
    ("Rombongan berjumlah 12 orang dan 3 pendampingnya.", 15),
])
def test_more_head_count_forms(tagger: Tagger, sentence: str, size_: int | None) -> None:
    assert visits(tagger, TRIP + sentence)[0][4] == size_


@pytest.mark.parametrize("text", [
    "Pekan itu Pemkot Salatiga menerima kunjungan dua rombongan DPRD, yakni dari Kabupaten Bantaeng dan Kota Bima.",
    "Gedung dewan dikunjungi 14 rombongan DPRD dari berbagai provinsi sepanjang tahun.",
    "Selama Mei pendopo dikunjungi tiga rombongan pemkab sekaligus.",
])
def test_delegations_counted_are_no_head_count(text: str) -> None:
    assert size(text, 0, len(text)) is None


@pytest.mark.parametrize("sentence, size_", [
    ("Perjalanan belajar ke Kabupaten Sragen pekan depan dijalani 18 kepala desa.", 18),
    ("Lawatan kerja itu dilakukan oleh 26 orang dari DPRD Kabupaten Lebak.", 26),
    ("Kunjungan ke Sragen dijalani oleh 14 anggota Komisi B.", 14),
    ("Kunjungan ke Sragen dilakukan 12 pejabat Bappeda Kabupaten Lebak.", 12),
    ("Studi lapangan ke Sragen dilaksanakan oleh 30 orang dari Kabupaten Lebak.", 30),
])
def test_a_passive_trip_verb_counts_its_doers(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


def test_a_headline_taking_count_the_body_counts_as_the_whole_group(tagger: Tagger) -> None:
    title = "Sekda Bantaeng Ajak 27 Pegawai ke Kota Salatiga"
    whole = TRIP + "Rombongan berjumlah 27 orang, termasuk Sekda Bantaeng Yosef Manurung."
    assert visits(tagger, whole, title=title)[0][4] == 27
    other = TRIP + "Mereka melihat bank sampah di tiga kelurahan."
    assert visits(tagger, other, title=title)[0][4] == 28


@pytest.mark.parametrize("sentence, size_", [
    ("Mereka cuma datang berdua, tanpa staf, dan mencatat banyak hal.", 2),  # the verb's "ber-" numeral
    ("Keduanya berangkat bertiga dengan seorang sopir.", 3),
    ("Mereka duduk berdua di ruang tamu.", None),  # no verb of coming
])
def test_a_group_counted_by_its_verb(tagger: Tagger, sentence: str, size_: int | None) -> None:
    text = f"Dinas Sosial Kabupaten Wajo studi banding ke Kabupaten Klaten, Senin (6/3). {sentence}"
    assert visits(tagger, text)[0][4] == size_


@pytest.mark.parametrize("sentence, size_", [
    # "ke" and a number before the people: the whole group counted
    ("Salam tuan rumah dibalas ke 14 anggota rombongan itu dengan cendera mata.", 14),
    ("Ke-18 anggota Komisi B itu lalu menyimak paparan soal irigasi tetes.", 18),
    ("Ke 9 Kepala Desa itu pulang membawa banyak catatan.", 9),
    # no people after the number: no count
    ("Kunjungan itu bertepatan dengan HUT ke 25 Kabupaten Bantaeng.", None),
])
def test_a_group_counted_with_ke_before_its_number(tagger: Tagger, sentence: str, size_: int | None) -> None:
    assert visits(tagger, TRIP + sentence)[0][4] == size_


@pytest.mark.parametrize("sentence, size_", [
    # the trip's noun with its kind or its short form in brackets, then the count
    ("Dalam kunjungan kerja (Kunjker) sembilan anggota Komisi A DPRD Bantaeng, tuan rumah memaparkan irigasi.", 9),
    ("Selama Study Banding 22 kepala desa asal Kabupaten Bantaeng, mereka melihat tiga pasar desa.", 22),
    ("Agenda kunjungan belajar 14 pegawai Kabupaten Bantaeng dimulai di balai kota.", 14),
])
def test_a_count_right_after_the_trip_and_its_kind(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # the parts written between the first count's noun and the verb of going add up (round 23b)
    ("Kami berangkat sekitar dua puluh tiga anggota dewan dan tujuh orang staf untuk studi banding ke Kota Anu.", 30),
    ("Delapan belas anggota DPRD dan 4 staf sekretariat berangkat ke Kabupaten Anu.", 22),
    ("Ada 12 kepala desa dan 3 pendamping yang ikut belajar ke Kabupaten Anu.", 15),
    # a count of others after the verb is not a part of the group
    ("Sebanyak 18 anggota DPRD berangkat ke Kabupaten Anu dan 40 warga menyambut mereka.", 18),
])
def test_the_parts_before_the_verb_of_going_add_up(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # "N dari M <people>": the N went, M is the whole body (round 23b)
    ("Ada sekitar 25 dari 48 kepala desa di Kabupaten Anu yang ikut dalam kegiatan ini.", 25),
    ("Sebanyak 12 dari 20 anggota dewan berangkat studi banding ke Kota Anu.", 12),
    ("Menurut catatan kami, sekitar 14 orang dari 30 anggota dewan berangkat ke Kota Anu.", 14),
    ("Sebanyak 40 anggota dewan berangkat studi banding ke Kota Anu.", 40),
])
def test_a_count_of_the_whole_body_gives_way_to_the_ones_who_went(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # the delegation's leader named in commas between the count and the verb of going (round 24)
    ("Kemarin 14 orang dari Dinas Pangan Kota Anu yang dikepalai sekretarisnya, Budi Sasmito, bertandang ke Kabupaten "
     "Ani.", 14),
    ("Sebelas kepala desa yang diketuai camatnya, Dedi Kurnia, berkunjung ke Kabupaten Ani.", 11),
    # a count of others, no verb of going after the leader's name
    ("Ada 30 anggota DPRD yang dipimpin ketuanya, Budi Sasmito, dan fraksi-fraksinya.", None),
])
def test_a_leader_named_between_the_count_and_its_verb(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # a delegation's members named and not counted: the names, closed by "dan" (round 24)
    ("Pekan lalu delegasi Kota Anu yang terdiri atas Budi Sasmito, H Dedi Kurnia, Hj. Ani Lestari, dan Kresno "
     "Wibisana melihat bank sampah warga. Keempatnya pulang sore.", 4),
    ("Tim Pansus II DPRD Anu beranggotakan Ir. H. Budi Sasmito, M.T., Drs. Kresno (Fraksi Bintang) serta Dedi "
     "singgah di Kota Ani.", 3),
    # titles, not names; units, not names; a list not closed by "dan"; a number written wins
    ("Tim dari Kota Anu beranggotakan Asisten Pemerintahan, Kepala Bagian Umum, Sekretaris Dinas serta Camat Tengah.",
     None),
    ("Delegasi yang terdiri dari Komisi A, B dan Komisi D itu diterima Sekretaris DPRD Anu.", None),
    ("Tim itu terdiri atas Budi Sasmito selaku ketua, serta anggota Dedi dan Rudi.", None),
    ("Rombongan yang berjumlah 9 orang itu terdiri atas Budi, Dedi dan Rudi.", 9),
])
def test_a_delegation_of_named_members_counts_its_names(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # heads of villages counted under their region's own title (the village titles of data/positions.csv, round 25)
    ("Studi tiru ke Kabupaten Anu dilaksanakan sebanyak 64 hukum tua se-Kabupaten Ani pada pekan lalu.", 64),
    ("Pasar desa itu dikunjungi oleh sebanyak 45 walinagari dari Kabupaten Anu.", 45),
    ("Sebanyak 27 sangadi dari Kabupaten Anu kemarin bertolak ke Kota Ani.", 27),
])
def test_heads_of_villages_counted_under_a_regional_title(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # a name of words of three or four letters is a name, not a degree (round 25); a lone honorific is still none
    ("Rombongan DPRD Kota Anu beranggotakan Kresno Wibisana, Ani dan Dedi Kurnia tiba siang itu.", 3),
    ("Delegasi Kota Anu terdiri atas Rudi, Lestari Ningrum, S.E., Yeni dan Kresno Wibisana saja.", 4),
    ("Tim Kota Anu beranggotakan Kresno Wibisana, Drs, Ani dan Yudha Pratama hari itu.", 3),
    # a name of two short words, or of one after an honorific, likewise
    ("Rombongan Kota Anu beranggotakan Kresno Wibisana, Eko Ani dan Yudha Pratama kemarin.", 3),
    ("Rombongan Kota Anu beranggotakan Kresno Wibisana, Drs Ujo, M.Si dan Yudha Pratama kemarin.", 3),
])
def test_a_name_of_short_words_in_a_list_of_members_counts(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # the ones who joined or flew, a modal between "yang" and the verb (round 25)
    ("Dari 30 anggota DPRD Anu, hanya 21 legislator yang dapat ikut, sisanya sakit.", 21),
    ("Kini giliran 38 anggota dan pimpinan DPRD Anu yang terbang ke Pulau Ani, Selasa (4/6).", 38),
    ("Tahun ini 16 pegawai Bappeda Anu yang sempat hadir dalam temu wicara itu.", 16),
])
def test_the_ones_who_could_join_or_flew_counted_before_their_verb(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # a titled person between the parts of a count is one more (round 29)
    ("Delegasi itu beranggotakan 6 anggota Komisi A, 5 anggota Komisi C, Kabag Umum dan 3 orang staf Setwan Anu.", 15),
    ("Rombongan DPRD Anu berjumlah 9 anggota dewan serta Kasubag Humas beserta 2 orang staf ke Kota Ani.", 12),
    # a later part further than a short phrase: its words may hold a "dan" of their own
    ("Kunjungan ke Kota Ani diikuti 21 orang penyuluh pertanian dan perikanan yang telah lulus pelatihan lanjutan "
     "serta 4 orang staf dinas.", 25),
    # a title with no count after it is no part ("dan Kepala Dinas Y" may be a host)
    ("Rombongan berjumlah 14 orang dan Kepala Dinas Anu ikut pula dalam kunjungan itu.", 14),
    # the people met or leading, named past a word of going or meeting, are no part (review)
    ("Sebanyak 20 anggota dewan tiba di Kota Ani dan bertemu Kepala Dinas Budi serta 30 pegawainya.", 20),
    ("Sebanyak 15 pegawai berangkat dipimpin Kepala Dinas Budi dan 20 staf Pemkab Ani menyambutnya di gerbang.", 15),
])
def test_a_titled_person_among_the_parts_adds_one(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # the ones taken along named as a whole before their parts, or after a titled person (round 29)
    ("Wali Kota Ani juga mengajak sejumlah pembantunya, yakni lima kepala dinas dan tujuh lurah dari Kota Anu.", 13),
    ("Kadis Ani, yang didampingi Kabid Tata Ruang dan 3 staf, tiba di Kota Anu pagi itu.", 5),
    # the civil servants taken along are companions, their parts after a longer phrase too
    ("Sekda Ani tiba di Kota Anu; ia membawa 11 aparatur sipil dari dinas teknis kotanya serta 6 wartawan.", 18),
    # the host's people after a verb of receiving are no part of the guests
    ("Rombongan diterima Sekda Budi didampingi Kabag Umum dan 3 staf di aula.", None),
])
def test_the_ones_taken_along_named_after_a_whole_or_a_title(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # nouns of a head count the list lacked (round 30): wives of officials, trainees, the family-welfare movement's
    # members, council members called the people's deputies, and the common misspelling of "peserta"
    ("Desa Anu di Kabupaten Ani didatangi sebanyak 48 istri kepala desa dari Kabupaten Budi pada Senin pagi.", 48),
    ("Hasil kunjungan belajar 75 calon pemandu wisata dari Kota Anu pekan lalu.", 75),
    ("Delegasi yang beranggotakan 93 PKK kecamatan itu disambut di balai desa.", 93),
    ("Tak kurang dari 17 wakil rakyat Kota Anu berangkat ke Kota Budi untuk belajar tata kelola sampah.", 17),
    ("Kepala badan itu tiba bersama 28 perserta pelatihan dari Kabupaten Anu.", 29),
])
def test_nouns_of_a_head_count_the_list_lacked(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # the head comes on top of a count of the people he takes along, written as his own ("-nya") or "para ..."
    ("Wali Kota Ani tiba bersama ajudannya, para camat dan sejumlah lurah sebanyak kurang lebih 22 orang.", 23),
    ("Kadis Budi didampingi sekretarisnya, para kasi serta pegawai lainnya yang berjumlah 16 orang tiba di Kota Anu.",
     17),
    ("Banyu Prasojo beserta stafnya dari Bagian Tata Pemerintahan Kota Anu, yang berjumlah 7 orang, tiba pagi itu.", 8),
    # the delegation counted whole, its head among them: no one more
    ("Ketua DPRD Ani beserta rombongan yang berjumlah 39 orang tiba di Kota Budi.", 39),
    # offices taken along, not his people: the count stands
    ("Tim Bappeda Kota Anu bersama dinas koperasi, dinas pasar, yang berjumlah 19 orang tiba di Kota Budi.", 19),
    # the host's people before a verb of receiving: the guests counted
    ("Sekda Budi bersama para kepala dinas menerima rombongan tamu yang berjumlah 33 orang di aula.", 33),
    # the host's head with his people, after a verb of receiving, or a head among the attendees: no one more
    ("Tamu dari Kota Anu diterima Sekda Budi beserta stafnya, yang berjumlah 12 orang, di ruang rapat.", 12),
    ("Diskusi sore itu dihadiri Camat Ani bersama jajarannya serta tamu dari Kota Anu, yang berjumlah 80 orang.", 80),
    # the delegation written as the region's own, its head among them
    ("Dalam pertemuan itu Kota Anu hadir bersama delegasinya yang berjumlah 17 orang, Sekda Budi di antaranya.", 17),
])
def test_the_head_on_top_of_a_count_of_his_own_people(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # "perwakilan" counts people (round 32): the representatives of schools or offices who went, a head count of its
    # own, and a part added to the council's members
    ("Pagi itu 26 perwakilan guru dari Kabupaten Anu melakukan kunjungan belajar ke sebuah sekolah di Kota Budi.", 26),
    ("Rombongan beranggotakan 9 anggota DPRD Kota Anu, ditambah tiga perwakilan dinas pendidikan, tiba di aula.", 12),
])
def test_representatives_counted_as_people(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # a count before a long subject (its body, region and short form), closed by a verb of going past 60 characters
    # (round 34)
    ("Empat anggota Badan Pembentukan Peraturan Daerah DPRD Kabupaten Anu Raya Utara (Anura) mendatangi gedung dewan "
     "Kota Budi.", 4),
    ("Pada pekan berikutnya, 9 anggota Komisi B DPRD Kabupaten Anu Raya Utara (Anura) Provinsi Budi Timur pun "
     "berkunjung.", 9),
    # past 60 characters a noun of the trip does not close it: the count may be of others
    ("Hasil pemeriksaan menunjukkan 6 anggota DPRD Kabupaten Anu Raya Utara harus beristirahat di rumah seusai "
     "kunjungan.", None),
])
def test_a_count_before_a_long_subject_closed_by_a_verb_of_going(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # a lone count of people in a sentence about the trip, no pattern of its verb (round 35)
    ("Dinas Anu berkunjung ke Kota Budi dengan 9 personel pagi itu.", 9),
    ("Yang berangkat ke Kota Budi ada 13 orang, kata Sekretaris Dinas Anu.", 13),
    ("Kunjungan itu dihadiri 14 orang dari seksi tata ruang Kabupaten Anu.", 14),
    ("Di luar itu, 23 rombongan dewan Kabupaten Anu pun mampir ke Kota Budi.", 23),  # two digits: people
    # the number with its digits in brackets after its words, and "300an" (round 35)
    ("Rombongan sebanyak dua puluh (20) orang tiba di Kota Budi.", 20),
    ("Rombongan yang tiba di Kota Budi berjumlah sekitar 300an orang.", 300),
    # no lone count: a part named beside others, the hosts met, a limit, delegations counted, the ones who stayed,
    # two different counts, one person
    ("Dalam kunjungan itu hadir Kabag Umum, Kabag Hukum dan 15 camat.", None),
    ("Rombongan dewan Anu hanya ditemui dua anggota dewan Kota Budi.", None),
    ("Untuk kunjungan tatap muka, tamu dibatasi maksimal 10 orang.", None),
    ("Kunjungan dua rombongan dewan itu berlangsung lancar.", None),
    ("Tiga wakil ketua dan sekwan tidak ikut dalam kunjungan itu.", None),
    ("Yang berangkat ada 10 orang; rombongan kedua ada 12 orang.", None),
    ("Kunjungan itu dihadiri satu orang dari seksi tata ruang.", None),
    # (review, round 35) an item of a list of the members, the first of a list of counts, the ones who did not go
    # further on in the clause, a meeting to come
    ("Peserta kunjungan itu meliputi Kabid Tata Ruang, tiga staf bidang, dan sopir dinas Kabupaten Anu.", None),
    ("Dalam kunjungan itu ikut 16 anggota komisi serta 2 staf sekretariat Kabupaten Anu.", None),
    ("Usai kunjungan itu, dua anggota dewan, yakni Budi Anu dan Wati Anu dari fraksi lain, ternyata tidak berangkat.",
     None),
    ("Dalam kunjungan itu disepakati, tiga pimpinan dewan dari ketiga daerah akan bertemu lagi di Kota Budi.", None),
])
def test_a_lone_count_of_people_in_a_sentence_of_the_trip(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # (round 37) a list of the members opened by "terdiri atas|dari|yakni|yaitu": its counts and titled persons add up
    ("Rombongan Kabupaten Anu terdiri atas Kabid Tata Ruang, Kasubag Umum, 4 orang staf dinas, serta 21 orang "
     "kepala dusun.", 27),
    ("Tim Kota Budi yang berangkat, yakni 8 anggota badan anggaran (banggar) serta 2 pimpinan dewan, belajar soal "
     "pajak.", 10),
    ("Dalam rombongan itu, yaitu 30 orang pengrajin, ditambah 6 orang dari dinas koperasi, ikut belajar.", 36),
    # guards: a first item that is no count of people, the ones a head takes along listed (his place unknown), an
    # item opening with a number of something else, a first item that is neither count nor title, a group whose size
    # is not told
    ("Rombongan terdiri atas empat fraksi DPRD Kota Anu, Kabag Persidangan Budi serta 3 orang staf.", None),
    ("Sekda Anu hadir bersama rombongan dinas, yaitu Kadis Pertanian Budi dan 9 orang tim teknis.", None),
    ("Rombongan terdiri atas Kabid Pertanian, 3 orang staf, 4 kecamatan serta 2 orang sopir.", None),
    ("Rombongan terdiri atas Dinas Perikanan Kota Anu, Kabid Budidaya serta 4 orang staf.", None),
    ("Rombongan terdiri atas Kabid Perikanan, para penyuluh lapangan, serta 6 orang kelompok tani.", None),
    # members named and not titled: the names are people too, not counted by the list
    ("Rombongan terdiri atas Ketua Komisi B Budi, Dedi Santoso, Wati Lestari, serta 2 orang staf sekretariat.", None),
])
def test_a_list_of_members_counted_and_titled_adds_up(sentence: str, size_: int | None) -> None:
    assert size(sentence, 0, len(sentence)) == size_


FILLER = ("Kantor itu melayani izin usaha, izin bangunan dan izin reklame dalam satu loket yang buka setiap hari "
          "kerja. ") * 6


@pytest.mark.parametrize("text, size_", [
    # (round 39) the lead's one count of people, read when no sentence about the delegation counts them (a sentence
    # whose verbs are not the delegation's words: "hadir dalam acara", "pelesiran ke", "terlihat antusias")
    ("Pemkab Anu Sambangi Kota Budi\n\nKOTA BUDI – Sekitar 30 orang dari dinas-dinas Pemkab Anu hadir dalam acara "
     "ini. Mereka disuguhi makan siang.", 30),
    ("Pejabat Anu ke Kota Budi\n\nANU – Kurang lebih 45 pejabat Pemkab Anu pelesiran ke Budiharjo.", 45),
    ("Aparat Desa Anu di Kota Budi\n\nKOTA BUDI – Sekitar 25 perangkat desa asal Kecamatan Anu terlihat antusias "
     "melihat pasar apung di kota itu.", 25),
    # guards: a count past the lead (a host's staff), a range ("tiga sampai empat staf": a guess)
    ("Pemkab Anu ke Kota Budi\n\nKOTA BUDI – Pemkab Anu melihat pelayanan perizinan di Kota Budi. " + FILLER
     + "Kantor itu dilayani 25 pegawai.", None),
    ("Pejabat Anu ke Budiharjo\n\nANU – Para kepala dinas Pemkab Anu berangkat ke Budiharjo pekan ini bersama "
     "keluarga dan diiringi tiga sampai empat staf.", None),
])
def test_the_leads_lone_count_when_no_sentence_about_the_delegation_counts(text: str, size_: int | None) -> None:
    assert size(text, 0, len(text)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # (round 39, third wave) a taker who is no person brings the whole party: nobody is added on top
    ("Rombongan yang dipimpin Kabid Arsip Anu itu membawa 12 orang, yakni para pengurus taman baca.", 12),
    ("Dengan membawa 40 rombongan wartawan dan staf protokol, kunjungan itu berlangsung dua hari.", 40),
    ("Diklatpim ABC pekan ini meninjau Lorwana dengan membawa sekitar 35 peserta.", 35),
    ("Sidang komisi digelar DPRD Anu bersama 21 kepala sekolah soal lawatan ke Lorwana.", 21),
    # a person takes them along: one more (GUIDELINES: "X mengajak 11 orang" is 12)
    ("Kadis Arsip Anu itu membawa 12 orang, yakni para pengurus taman baca.", 13),
    ("Wirang Taruspati pekan ini meninjau Lorwana dengan membawa sekitar 35 peserta.", 36),
    ("Diklatpim ABC menyebut ia datang ke Lorwana dengan membawa 35 peserta.", 36),
])
def test_a_taker_who_is_no_person_is_not_added(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_


@pytest.mark.parametrize("text, size_", [
    # (round 40) in a sentence with no word of the trip, a council or one of its organs before a verb of make-up
    # ("beranggotakan", "berjumlah", "terdiri atas") counts that body, not the delegation: no size
    ("DPRD Anu Berguru ke Lorwana\n\nLORWANA – Komisi B DPRD Anu berkunjung ke Lorwana pekan ini. Menurut Ketua "
     "Komisi B, DPRD Anu beranggotakan 35 orang dari tujuh partai.", None),
    ("Sekwan Anu ke Lorwana\n\nLORWANA – Sekretariat DPRD Anu berkonsultasi ke Lorwana. " + FILLER
     + "Ruang sidangnya cukup untuk seluruh anggota DPRD Anu yang berjumlah 30 orang, kata Sekwan.", None),
    ("Badan Anu ke Lorwana\n\nLORWANA – Badan Musyawarah DPRD Anu studi banding ke Lorwana. " + FILLER
     + "Urusan mendesak diputus oleh rapat pimpinan yang beranggotakan empat orang.", None),
    # guards: the party before the verb ("Kami dari DPRD Anu"), a count before the council ("Sebanyak 12 anggota")
    ("Sekwan Anu ke Lorwana\n\nLORWANA – Sekretariat DPRD Anu berkonsultasi ke Lorwana. " + FILLER
     + "\"Kami dari DPRD Anu berjumlah 17 orang,\" kata Sekwan.", 17),
    ("Sekwan Anu ke Lorwana\n\nLORWANA – Sekretariat DPRD Anu berkonsultasi ke Lorwana. " + FILLER
     + "Sebanyak 12 anggota DPRD Anu menginap di hotel itu.", 12),
    # the party's word with a suffix ABOUT_DELEGATION does not read
    ("Sekwan Anu ke Lorwana\n\nLORWANA – Sekretariat DPRD Anu berkonsultasi ke Lorwana. " + FILLER
     + "Rombongannya dari DPRD Anu berjumlah 14 orang, kata Sekwan.", 14),
])
def test_a_councils_make_up_is_no_delegation_size(text: str, size_: int | None) -> None:
    assert size(text, 0, len(text)) == size_


@pytest.mark.parametrize("sentence, size_", [
    # (round 41, measured, nothing landed) a head with his own people: on top of "berjumlah|sebanyak N" (one more),
    # not on top of the other verbs of a count ("diikuti oleh N", a total): gold counts him in after those (adding
    # him after every SIZE_TOTAL verb lost three right sizes of train and gained none)
    ("Bupati Wirang Taruspati beserta para kepala dinasnya yang berjumlah 14 orang berkunjung ke Lorwana.", 15),
    ("Camat Anu bersama para lurahnya, sebanyak 11 orang, berkunjung ke Lorwana.", 12),
    ("Kadis Anu bersama seluruh stafnya, diikuti oleh 9 orang, bertolak ke Lorwana untuk studi banding.", 9),
    ("Bupati Wirang Taruspati beserta para kepala dinasnya yang totalnya 14 orang berkunjung ke Lorwana.", 14),
])
def test_the_head_with_his_people_is_added_only_after_berjumlah_or_sebanyak(sentence: str, size_: int) -> None:
    assert size(sentence, 0, len(sentence)) == size_
