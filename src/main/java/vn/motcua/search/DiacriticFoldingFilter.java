package vn.motcua.search;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import vn.motcua.catalog.TextCleaner;

/** Folds each token to its unmarked form: "đăng" → "dang", "ký" → "ky". */
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
        String folded = TextCleaner.fold(term.toString());
        term.setEmpty().append(folded);
        return true;
    }
}
