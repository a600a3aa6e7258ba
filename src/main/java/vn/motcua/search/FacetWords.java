package vn.motcua.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.motcua.catalog.TextCleaner;

/**
 * Words that say which part of the answer is wanted ("bao lâu", "lệ phí", "cần những gì", "ở
 * đâu", "online") rather than which procedure. They match the steps and notes of almost every
 * record, so they are split off the question and searched at a low weight: the procedure is found
 * by the rest. Typed without marks they match too ("bao lau"), as in {@link Synonyms}.
 */
final class FacetWords {

    static final List<String> PHRASES = List.of(
            "mất bao lâu", "bao lâu", "mất mấy ngày", "mấy ngày", "bao nhiêu ngày", "bao nhiêu tiền", "hết bao nhiêu",
            "mất bao nhiêu", "bao nhiêu", "mất lệ phí", "mất phí", "tốn phí", "lệ phí", "phí", "tốn tiền", "mất tiền", "tiền", "thời gian", "thời hạn", "hồ sơ", "giấy tờ gì", "giấy tờ",
            "những gì", "cần mang", "mang theo", "mang gì", "ở đâu", "chỗ nào", "nộp ở", "online", "trực tuyến",
            "qua mạng", "trên app vneid", "qua app vneid", "trên ứng dụng vneid", "qua vneid", "trên vneid", "bằng vneid",
            "dịch vụ công", "bưu điện", "bưu chính", "văn phòng đăng ký đất đai", "nộp", "kết quả", "có được không", "làm sao",
            "làm thế nào", "thế nào", "như nào", "được không", "điều kiện", "thủ tục", "quy trình", "các bước");

    private final List<List<String>> phrases;
    /** The first word of each phrase, folded. */
    private final List<String> firstWords;

    FacetWords() {
        List<List<String>> out = new ArrayList<>();
        for (String p : PHRASES) {
            out.add(Synonyms.words(p));
        }
        this.phrases = List.copyOf(out);
        this.firstWords = phrases.stream().map(p -> TextCleaner.fold(p.get(0))).toList();
    }

    /** The question split in two: [topic words, facet words], each a space-joined string. */
    String[] split(String question) {
        List<String> words = new ArrayList<>(Synonyms.words(question));
        List<String> facet = new ArrayList<>();
        // A phrase can stand only where its first word does: most phrases are not looked for at all.
        Set<String> folded = new HashSet<>();
        words.forEach(w -> folded.add(TextCleaner.fold(w)));
        for (int k = 0; k < phrases.size(); k++) {
            List<String> p = phrases.get(k);
            if (!folded.contains(firstWords.get(k))) {
                continue;
            }
            int at;
            while ((at = Synonyms.find(words, p)) >= 0) {
                facet.addAll(words.subList(at, at + p.size()));
                for (int i = 0; i < p.size(); i++) {
                    words.remove(at);
                }
                words.add(at, "|");
            }
        }
        words.removeIf("|"::equals);
        return new String[] {String.join(" ", words), String.join(" ", facet)};
    }
}
