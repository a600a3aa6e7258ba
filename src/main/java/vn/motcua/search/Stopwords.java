package vn.motcua.search;

import java.util.List;
import org.apache.lucene.analysis.CharArraySet;

/**
 * Question filler that says nothing about which procedure is meant: "cho tôi hỏi", "ạ", "thì",
 * "với", "như thế nào". Matched with marks only: unmarked forms are ambiguous ("the" is both
 * "thế", filler, and "thẻ", a card), so filler typed without marks is left to BM25's low weights.
 */
final class Stopwords {

    static final List<String> WORDS = List.of(
            "cho", "tôi", "em", "mình", "anh", "chị", "hỏi", "ạ", "à", "ơi", "nhé", "nha", "vậy", "với", "thì", "là",
            "mà", "như", "thế", "nào", "sao", "gì", "những", "các", "được", "không", "có", "cần", "muốn", "phải",
            "bị", "ở", "đâu", "nhỉ", "giúp", "xin", "hay", "hoặc", "rồi", "đã", "sẽ", "đang", "nếu", "khi",
            "để", "thủ", "tục", "làm", "ntn", "ko", "k", "dc", "đc", "j", "e", "ak", "ah", "vs", "còn", "nữa");

    private Stopwords() {}

    static CharArraySet set() {
        return CharArraySet.unmodifiableSet(new CharArraySet(WORDS, true));
    }
}
