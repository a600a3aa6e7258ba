package vn.motcua.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class VietnameseAnalyzerTest {

    private static List<String> tokens(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(t.toString());
            }
            ts.end();
        }
        return out;
    }

    private final Analyzer exact = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, CharArraySet.EMPTY_SET);
    private final Analyzer folded = new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, CharArraySet.EMPTY_SET);
    private final Analyzer shingles = new VietnameseAnalyzer(VietnameseAnalyzer.Form.SHINGLES, CharArraySet.EMPTY_SET);

    @Test
    void exactFormKeepsMarksAndLowercases() throws IOException {
        assertEquals(List.of("đăng", "ký", "khai", "sinh"), tokens(exact, "Đăng ký KHAI SINH"));
    }

    @Test
    void foldedFormsReadNumbersWithoutLeadingZerosAndTheExactFormKeepsThem() throws IOException {
        // Records write "mức độ 02", "Mẫu số 01"; citizens "mức 2", "mẫu 1". Codes stay whole.
        assertEquals(List.of("muc", "do", "2", "mau", "so", "1", "0", "1.001193", "2024"), tokens(folded, "mức độ 02, Mẫu số 01, 00, 1.001193, 2024"));
        assertEquals(List.of("muc do", "muc do 2", "do 2"), tokens(shingles, "mức độ 02"));
        assertEquals(List.of("mức", "độ", "02"), tokens(exact, "mức độ 02"));
        assertEquals("a01", DiacriticFoldingFilter.unpadded("a01"));
    }

    @Test
    void decomposedInputMatchesComposed() throws IOException {
        String nfd = Normalizer.normalize("Cấp lại thẻ căn cước", Normalizer.Form.NFD);

        assertEquals(tokens(exact, "Cấp lại thẻ căn cước"), tokens(exact, nfd));
        assertEquals(List.of("cap", "lai", "the", "can", "cuoc"), tokens(folded, nfd));
    }

    @Test
    void foldsDWithStrokeToD() throws IOException {
        assertEquals(List.of("dang", "ky", "dat", "dai"), tokens(folded, "Đăng ký đất đai"));
    }

    @Test
    void shinglesJoinTwoAndThreeSyllables() throws IOException {
        assertEquals(List.of("giay phep", "giay phep xay", "phep xay", "phep xay dung", "xay dung"),
                tokens(shingles, "giấy phép xây dựng"));
    }

    @Test
    void procedureCodeStaysOneToken() throws IOException {
        assertEquals(List.of("thủ", "tục", "1.001193"), tokens(exact, "thủ tục 1.001193"));
    }

    @Test
    void stopwordsDropQuestionFillerWithMarksOnly() throws IOException {
        Analyzer withStop = new VietnameseAnalyzer(VietnameseAnalyzer.Form.EXACT, Stopwords.set());

        assertEquals(List.of("đăng", "ký", "tạm", "trú"), tokens(withStop, "cho tôi hỏi đăng ký tạm trú thì như thế nào ạ"));
        assertEquals(List.of("the", "bhyt"), tokens(new VietnameseAnalyzer(VietnameseAnalyzer.Form.FOLDED, Stopwords.set()), "the bhyt"));
    }
}
