package vn.motcua.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.motcua.catalog.TextCleaner;

/**
 * Folds each token to its unmarked form: "đăng" → "dang", "ký" → "ky". A number written with
 * leading zeros loses them ({@link #unpadded}): records write "mức độ 02", "Mẫu số 01", "03 ngày",
 * citizens "mức 2", "mẫu 1", "3 ngày".
 */
public final class DiacriticFoldingFilter extends TokenFilter {

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    public DiacriticFoldingFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        String folded = unpadded(TextCleaner.fold(term.toString()));
        term.setEmpty().append(folded);
        return true;
    }

    /** A token of digits only without its leading zeros ("02" → "2", "00" → "0"); any other token as it is. */
    public static String unpadded(String token) {
        if (token.length() < 2 || token.charAt(0) != '0') {
            return token;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return token;
            }
        }
        int start = 0;
        while (start < token.length() - 1 && token.charAt(start) == '0') {
            start++;
        }
        return token.substring(start);
    }
}
