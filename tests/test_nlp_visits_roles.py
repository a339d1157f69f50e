"""Who acts and who only stands beside a visit: datelines, buildings, models, national bodies, organisations, a
tour of one's own region, a capital town, "Baca juga" lines (sentences of our own)."""

from __future__ import annotations

from functools import partial

from nlp_helpers import VISIT_FIELDS
from nlp_helpers import visits as visit_tuples

from nlp import Tagger

visits = partial(visit_tuples, fields=VISIT_FIELDS[:2])  # visitor and host


def test_a_dateline_and_a_town_hall_are_places_not_delegations(tagger: Tagger) -> None:
    text = ("Berita.com, Madiun - Puluhan anggota DPRD Kabupaten Wajo berharap bisa menyerap ilmu dalam kunjungan "
            "kerja ke Kota Madiun, Jumat (3/3). Mereka diterima di ruang sidang Balai Kota Madiun, lalu mempelajari "
            "beragam inovasi.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_head_one_learns_from_is_no_traveller(tagger: Tagger) -> None:
    text = ("Rombongan DPRD Kabupaten Wajo datang ke Kota Madiun untuk menimba ilmu dari Wali Kota Madiun Rudi "
            "Lumenta dalam kunjungan kerja, Jumat (3/3).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_being_a_model_makes_no_learner(tagger: Tagger) -> None:
    text = ("Inovasi Pemkab Wajo layak dijadikan percontohan dan diadopsi daerah lain. Pemkab Pati berencana "
            "mereplikasi inovasi itu, yang diajukan untuk direplikasi dari Kabupaten Wajo.")
    assert visits(tagger, text) == []


def test_a_consultation_at_a_ministrys_directorate_is_national(tagger: Tagger) -> None:
    text = ("Pansus DPRD Kabupaten Wajo berkonsultasi ke Direktorat Jenderal Bina Keuangan Daerah Kementerian Dalam "
            "Negeri di Jakarta, Selasa (7/3). Rombongan disambut Direktur Fasilitasi Keuangan Daerah.")
    assert visits(tagger, text) == []


def test_the_seat_of_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("Anggota DPRD Kabupaten Wajo menggelar kunjungan kerja ke luar daerah, yaitu ke Jakarta dan Kabupaten "
            "Badung. Wakil Ketua DPRD Wajo yang menjalani kunjungan kerja ke DPR di Jakarta mempelajari tata tertib.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Badung")]


def test_a_head_touring_his_own_region_takes_no_dateline_host(tagger: Tagger) -> None:
    text = ("PATI - Bupati Wajo Anton Sukma beserta rombongan berkunjung ke Desa Tosora, Kecamatan Majauleng, "
            "Kabupaten Wajo untuk menggali potensi desa.")
    assert visits(tagger, text) == []


def test_a_region_word_after_a_persons_name_is_part_of_the_name(tagger: Tagger) -> None:
    text = ("Kunjungan kerja Pemkot Bitung diterima Sekda Kota Madiun, Selasa (7/3). Ketua rombongan Pemkot Bitung "
            "yang juga Kepala Dinas Perdagangan Rudi Lumenta Demak ingin belajar pengendalian inflasi.")
    assert visits(tagger, text) == [("Kota Bitung", "Kota Madiun")]


def test_a_national_senator_leads_no_regions_delegation(tagger: Tagger) -> None:
    text = ("Komite I DPD RI menggelar kunjungan kerja di Kabupaten Manokwari, Selasa (7/3). Kunker dipimpin Wakil "
            "Ketua DPD RI Provinsi Maluku, Teguh Prasetyo.")
    assert visits(tagger, text) == []


def test_a_read_also_line_pairs_only_within_itself(tagger: Tagger) -> None:
    text = ("Rombongan Pemkab Wajo studi banding ke Kota Semarang, Selasa (7/3).\nBaca Juga: Pemkot Bitung Studi "
            "Tiru Layanan Darurat ke Kota Padang\nRombongan diterima Sekda Kota Semarang.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Semarang"), ("Kota Bitung", "Kota Padang")]


def test_a_committee_is_numbered(tagger: Tagger) -> None:
    # "kunker komisi di X": the committees' trip to X, not a delegation of X's committee "di"
    text = ("Puluhan anggota DPRD Kabupaten Badung kembali kunjungan kerja ke luar negeri, tepatnya ke Australia. "
            "Sisanya menjalani kunker komisi di Kota Tangerang, Banten.")
    assert visits(tagger, text) == [("Kabupaten Badung", "Kota Tangerang")]


def test_a_capital_town_gives_way_to_its_provinces_council(tagger: Tagger) -> None:
    text = ("Anggota Banmus DPRD Kabupaten Wajo menggelar studi banding ke Kota Ambon guna mendalami tugas Banmus di "
            "DPRD Maluku. Rombongan diterima Ketua DPRD Provinsi Maluku Rudi Lumenta.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Provinsi Maluku")]


def test_a_short_form_of_a_delegations_name_is_the_same_delegation(tagger: Tagger) -> None:
    text = ("Pemkot Madiun kedatangan tamu dari Pemerintah Kabupaten Gorontalo Utara untuk studi tiru, Kamis (2/3). "
            "Rombongan Pemkab Gorontalo itu disambut Wakil Wali Kota Madiun. Pemkab Gorontalo Utara ingin belajar "
            "pengelolaan pasar.")
    assert visits(tagger, text) == [("Kabupaten Gorontalo Utara", "Kota Madiun")]


def test_an_organisation_of_a_region_is_no_government(tagger: Tagger) -> None:
    text = ("Pengurus KNPI Kabupaten Wajo studi banding pariwisata ke Provinsi Bali, Selasa (7/3). Sebanyak 40 "
            "anggota KNPI Wajo berangkat ke Bali.")
    assert visits(tagger, text) == []


def test_the_agent_of_a_passive_visit_travels(tagger: Tagger) -> None:
    text = ("Kunjungan kerja ke Kabupaten Klaten dilakukan Wakil Bupati Wajo Anton Sukma, Selasa (7/3). Ia ingin "
            "mempelajari inovasi pendidikan yang dijalankan Klaten dan menerapkannya di daerahnya.")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kabupaten Klaten", "Anton Sukma")]


def test_an_officials_own_coming_is_his_regions_trip(tagger: Tagger) -> None:
    text = ("Komisi C DPRD Kabupaten Wajo dan Komisi C DPRD Kabupaten Pati berkunjung ke DPRD Kota Batam, Kamis (9/5). "
            "Ketua Komisi C DPRD Kabupaten Pati, Anton Sukma, menyebut tujuan utama kedatangannya ke Batam ialah "
            "mempelajari sistem perpustakaan.")
    assert visits(tagger, text) == [("Kabupaten Pati", "Kota Batam"), ("Kabupaten Wajo", "Kota Batam")]


def test_the_one_council_the_article_names_made_the_trips(tagger: Tagger) -> None:
    text = ("KOTA - Para anggota DPRD Kota Bitung periode baru sungguh sibuk. Kini mereka beramai-ramai melakukan "
            "kunjungan kerja ke luar daerah. Komisi C yang dipimpin Rudi Lumenta lebih dulu berangkat kunker ke "
            "Kota Kediri dan Kota Mojokerto.")
    assert visits(tagger, text) == [("Kota Bitung", "Kota Kediri"), ("Kota Bitung", "Kota Mojokerto")]


def test_a_presidents_trip_takes_no_delegation_from_the_article(tagger: Tagger) -> None:
    text = ("Presiden dijadwalkan kunjungan kerja ke Kabupaten Bangka Selatan, Kamis (9/3). Pemkab Bangka Barat "
            "menyiapkan acara penyambutan di bandara.")
    assert visits(tagger, text) == []


def test_the_capital_named_only_as_the_way_to_a_national_body_hosts_nothing(tagger: Tagger) -> None:
    text = ("Komisi A DPRD Kabupaten Wajo berangkat ke Jakarta untuk berkonsultasi ke Kemendagri, Selasa (7/3). "
            "Komisi B DPRD Kabupaten Wajo studi banding ke Kota Madiun.")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_a_provinces_course_travels_not_its_participants_home_regions(tagger: Tagger) -> None:
    text = ("KOTA – BPSDM Provinsi Jawa Tengah menunjuk Pemkab Klaten sebagai lokasi studi lapangan Pelatihan "
            "Kepemimpinan Pengawas, Selasa (7/3). Ke-120 peserta itu berasal dari Kabupaten Pati, Kota Salatiga dan "
            "Kabupaten Kudus.")
    assert visits(tagger, text) == [("Provinsi Jawa Tengah", "Kabupaten Klaten")]


def test_a_trip_forbidden_is_no_visit(tagger: Tagger) -> None:
    text = "Bupati Wajo melarang para kepala desa studi banding ke Kota Madiun tahun ini demi menghemat anggaran."
    assert visits(tagger, text) == []


def test_a_place_of_the_host_visited_names_the_host(tagger: Tagger) -> None:
    text = ("Dalam rangka studi banding, rombongan Pemkab Wajo mengunjungi Mal Pelayanan Publik Kota Madiun, Selasa "
            "(7/3).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_learning_from_a_regions_success_names_the_host(tagger: Tagger) -> None:
    text = "Rombongan Pemkab Wajo belajar dari keberhasilan Kota Madiun mengelola sampah, Selasa (7/3)."
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_the_guest_official_received_leads_his_regions_delegation(tagger: Tagger) -> None:
    text = ("Wakil Wali Kota Madiun menerima kunjungan Kepala Bappeda Kabupaten Wajo Anton Sukma beserta rombongan, "
            "Selasa (7/3).")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


def test_a_return_visit_keeps_todays_trip(tagger: Tagger) -> None:
    text = ("Kunjungan itu merupakan kunjungan balasan setelah Pemkot Madiun berkunjung ke Wajo tahun lalu. Pemkab "
            "Wajo studi banding ke Kota Madiun, Selasa (7/3).")
    result = tagger.extract({"id": "v", "url": None, "title": None, "published": "2023-03-10", "text": text})
    assert sorted((v["visitor"], v["host"], v["date"], v["status"]) for v in result["visits"]) == [
        ("Kabupaten Wajo", "Kota Madiun", "2023-03-07", "reported"),
        ("Kota Madiun", "Kabupaten Wajo", None, "earlier")]


def test_a_field_visit_is_a_visit(tagger: Tagger) -> None:
    text = ("Pemerintah Kota Madiun menjadi lokasi kunjungan lapangan peserta Pelatihan Kepemimpinan Administrator "
            "Kabupaten Wajo, Selasa (7/3).")
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kota Madiun")]


def test_an_earlier_stop_of_a_tour_is_a_host_too(tagger: Tagger) -> None:
    text = "Usai dari Kota Madiun, rombongan Pemkab Wajo melanjutkan studi banding ke Kabupaten Ngawi, Rabu (8/3)."
    assert visits(tagger, text) == [("Kabupaten Wajo", "Kabupaten Ngawi"), ("Kabupaten Wajo", "Kota Madiun")]


def test_a_head_bringing_his_officials_to_a_region_travels(tagger: Tagger) -> None:
    text = ("Bupati Wajo Anton Sukma memboyong sejumlah kepala OPD ke Kota Madiun, Selasa (7/3), untuk mempelajari "
            "pengelolaan pasar.")
    assert visit_tuples(tagger, text, fields=("visitor", "host", "leader")) == [
        ("Kabupaten Wajo", "Kota Madiun", "Anton Sukma")]


def test_a_plan_called_off_in_the_next_sentence_is_no_visit(tagger: Tagger) -> None:
    text = "Pemkab Wajo berencana belajar ke Kota Madiun. Namun rencana itu ditunda karena anggaran terbatas."
    assert visits(tagger, text) == []


def test_a_deputy_heads_visit_told_with_its_host_in_the_sentence_before(tagger: Tagger) -> None:
    text = ("Kubu Raya - Wakil Bupati Kubu Raya Anton Sukma menyambut kunjungan Wabup Natuna Rudi Lumenta di Kantor "
            "Bupati Kubu Raya, Selasa (12/11).")
    assert visits(tagger, text) == [("Kabupaten Natuna", "Kabupaten Kubu Raya")]
