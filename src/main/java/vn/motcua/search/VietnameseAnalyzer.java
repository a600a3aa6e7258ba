package vn.motcua.search;

import static java.util.Objects.requireNonNull;

import com.ibm.icu.text.Normalizer2;
import java.io.Reader;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.icu.ICUNormalizer2CharFilter;
import org.apache.lucene.analysis.icu.ICUNormalizer2Filter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Analysis for Vietnamese procedure text. The chain, top to bottom:
 * <ol>
 *   <li>NFKC case folding as a char filter, so decomposed (NFD) and upper-case input match;
 *   <li>Unicode word segmentation, which yields Vietnamese syllables (codes such as "1.001193" stay whole);
 *   <li>optionally, removal of question filler ("cho tôi hỏi", "ạ", "thì");
 *   <li>for {@link Form#FOLDED} and {@link Form#SHINGLES}: {@link DiacriticFoldingFilter};
 *   <li>for {@link Form#SHINGLES}: two- and three-syllable shingles only, for compounds ("khai sinh").
 * </ol>
 * Index and query use the same chain; the stop filter is applied where {@code stopwords} is given.
 */
public final class VietnameseAnalyzer extends Analyzer {

    /** Which form of the text a field holds. */
    public enum Form {
        EXACT,
        FOLDED,
        SHINGLES
    }

    private static final Normalizer2 NFKC_CF = Normalizer2.getNFKCCasefoldInstance();

    private final Form form;
    private final CharArraySet stopwords;

    /** {@code stopwords} may be empty; it is matched after case folding, before folding marks. */
    public VietnameseAnalyzer(Form form, CharArraySet stopwords) {
        this.form = requireNonNull(form, "form may not be null");
        this.stopwords = requireNonNull(stopwords, "stopwords may not be null");
    }

    @Override
    protected Reader initReader(String fieldName, Reader reader) {
        return new ICUNormalizer2CharFilter(reader, NFKC_CF);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream chain = source;
        // Shingles are built from adjacent syllables only, so filler is never removed before them.
        if (!stopwords.isEmpty() && form != Form.SHINGLES) {
            chain = new StopFilter(chain, stopwords);
        }
        if (form != Form.EXACT) {
            chain = new DiacriticFoldingFilter(chain);
        }
        if (form == Form.SHINGLES) {
            ShingleFilter shingles = new ShingleFilter(chain, 2, 3);
            shingles.setOutputUnigrams(false);
            shingles.setTokenSeparator(" ");
            chain = shingles;
        }
        return new TokenStreamComponents(source, chain);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        TokenStream out = new ICUNormalizer2Filter(in, NFKC_CF);
        return form == Form.EXACT ? out : new DiacriticFoldingFilter(out);
    }
}
