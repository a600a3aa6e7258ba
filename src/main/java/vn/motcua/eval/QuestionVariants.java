package vn.motcua.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Automatic variants of a gold question for the robustness figures, deterministic per case id:
 * with a typo (one letter dropped, doubled or swapped in one longer word), and with the
 * abbreviations and teencode citizens type ("căn cước công dân" → "CCCD", "không" → "ko").
 */
public final class QuestionVariants {

    private static final Pattern WORD = Pattern.compile("\\p{L}{4,}");

    /** Long forms and what people type instead, longest first so the longest match wins. */
    private static final Map<String, String> ABBREVIATIONS = new LinkedHashMap<>();

    static {
        ABBREVIATIONS.put("giấy chứng nhận quyền sử dụng đất", "sổ đỏ");
        ABBREVIATIONS.put("căn cước công dân", "CCCD");
        ABBREVIATIONS.put("chứng minh nhân dân", "CMND");
        ABBREVIATIONS.put("giấy phép lái xe", "GPLX");
        ABBREVIATIONS.put("đăng ký kinh doanh", "ĐKKD");
        ABBREVIATIONS.put("bảo hiểm xã hội", "BHXH");
        ABBREVIATIONS.put("bảo hiểm y tế", "BHYT");
        ABBREVIATIONS.put("ủy ban nhân dân", "UBND");
        ABBREVIATIONS.put("uỷ ban nhân dân", "UBND");
        ABBREVIATIONS.put("hộ kinh doanh", "HKD");
        ABBREVIATIONS.put("giấy khai sinh", "GKS");
        ABBREVIATIONS.put("mã số thuế", "MST");
        ABBREVIATIONS.put("lý lịch tư pháp", "LLTP");
        ABBREVIATIONS.put("dịch vụ công", "DVC");
        ABBREVIATIONS.put("không", "ko");
        ABBREVIATIONS.put("được", "dc");
        ABBREVIATIONS.put("bao nhiêu", "bn");
        ABBREVIATIONS.put("như thế nào", "ntn");
    }

    private QuestionVariants() {}

    /** The question with one typo in one word of four letters or more, chosen by the case id. */
    public static String withTypo(String id, String question) {
        Matcher m = WORD.matcher(question);
        java.util.List<int[]> words = new java.util.ArrayList<>();
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        if (words.isEmpty()) {
            return question;
        }
        SplittableRandom rnd = new SplittableRandom(id.hashCode());
        int[] w = words.get(rnd.nextInt(words.size()));
        int at = w[0] + 1 + rnd.nextInt(w[1] - w[0] - 2);
        StringBuilder b = new StringBuilder(question);
        switch (rnd.nextInt(3)) {
            case 0 -> b.deleteCharAt(at);
            case 1 -> b.insert(at, b.charAt(at));
            default -> {
                char c = b.charAt(at);
                b.setCharAt(at, b.charAt(at + 1));
                b.setCharAt(at + 1, c);
            }
        }
        return b.toString();
    }

    /** The question with every long form it holds replaced by the abbreviation people type. */
    public static String withAbbreviations(String question) {
        String out = question;
        for (Map.Entry<String, String> e : ABBREVIATIONS.entrySet()) {
            out = Pattern.compile("(?<!\\p{L})" + Pattern.quote(e.getKey()) + "(?!\\p{L})", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out).replaceAll(Matcher.quoteReplacement(e.getValue()));
        }
        return out;
    }
}
