package vn.motcua.answer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a question asks about a procedure (documents, fee, deadline, place, steps, online
 * submission, conditions, result, legal basis, forms), in the order the words appear, from
 * patterns over the folded text, so questions typed without marks read the same. A question that
 * asks none of them asks for an overview.
 */
final class IntentClassifier {

    /** Folded patterns per intent; a space stands for a word boundary at each end of the text. */
    private static final Map<Intent, Pattern> PATTERNS = new LinkedHashMap<>();
    /** Punctuation that ends a clause: followed by a space or the end ("70.000" and "1,5" stay whole), or a new line. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,.;!?]+(?=\\s|$)|\\n");

    static {
        put(Intent.FEE, "le phi| phi | phi$|bao nhieu tien|het (bao nhieu|bn|may)|mat (bao nhieu|bn) tien|ton (bao nhieu|bn|tien|phi)|chi phi|tien (phi|le phi)|mien phi|mat (tien|phi)|bn tien|nhieu tien|(dong|nop|tra) (tien|phi)|co (mat|ton) (tien|phi)| gia (bao nhieu|bn)|muc thu|het bn|bao nhieu (d|dong|k|nghin|ngan)|may (tram|nghin|trieu)");
        put(Intent.DEADLINE, "bao lau|may ngay|bao nhieu ngay|may hom|may tuan|may thang|thoi han|thoi gian (giai quyet|xu ly|lam|cap|tra|cho)|khi nao (co|lay|nhan|xong)|bao gio (co|lay|nhan|xong)|lau (khong|ko|k|ko a|the)|lau (qua|vay)|mat (may|bao lau)|trong (ngay|bao lau)|lay ngay|nhanh (nhat|khong|ko)|cho (bao lau|may ngay)|han (giai quyet|tra)");
        put(Intent.DOCUMENTS, "giay to|ho so (gom|can|co)|can (nhung )?gi|can (chuan bi|mang|co|nop) (gi|nhung gi|nhung giay)|mang (theo )?(gi|nhung gi|nhung giay)|chuan bi (gi|nhung gi|nhung giay|ho so)|thanh phan|ban sao|ban chinh|can (giay|so|the|anh)|co can (giay|so|the|ban|anh|mang|nop)|phai (mang|nop|co) (gi|giay|ban|so|the)|nhung gi|can nhung|giay gi|nop (gi|nhung gi)");
        put(Intent.AGENCY, "o dau|cho nao|noi nao|den dau|di dau|co quan nao|nop (o|tai) (dau|cho nao|xa|phuong|huyen|tinh|cong an)|lam (o|tai) (dau|cho nao|xa|phuong|tinh|cong an)|(xa|phuong|huyen|tinh|cong an) hay|ai (giai quyet|cap|ky|lam)|tham quyen|len (xa|phuong|huyen|tinh|cong an)|ra (xa|phuong|cong an)|dia chi|noi (nop|lam|cap)|co quan (nao|gi)|o (xa|phuong) (duoc )?(khong|ko|k)");
        put(Intent.ONLINE, "online|truc tuyen|qua mang|dich vu cong|dvc|vneid|qua (app|ung dung)|tren mang|buu dien|buu chinh|gui (qua|ho so qua) buu|tai nha|tu xa|khong (can|phai) (den|di|len|ra)|o nha (lam|nop)|nop (qua|tren) (mang|mang internet)|internet");
        put(Intent.STEPS, "the nao|nhu nao|ntn|ra sao|lam sao|cac buoc|quy trinh|trinh tu|cach (lam|thuc hien|nop|xin|dang ky)|thu tuc (the nao|ra sao|gi)|huong dan|lam gi|phai lam (gi|sao)");
        put(Intent.CONDITIONS, "dieu kien|co duoc (khong|ko|k|lam|cap|xin|dang ky|huong)|duoc (khong|ko|k)$|ai (duoc|thi duoc)|doi tuong|bao nhieu tuoi|may tuoi|du tuoi|yeu cau gi|tieu chuan|co the (lam|xin|dang ky|nop) (khong|ko|duoc)");
        put(Intent.RESULT, "nhan (duoc|lai) (gi|giay gi)|ket qua|duoc cap (gi|giay gi)|cap cho (giay|cai) gi|nhan ket qua|tra ket qua|giay (do|nay) (co gia tri|dung de)");
        put(Intent.LEGAL_BASIS, "can cu\\b|luat nao|theo luat|nghi dinh|thong tu|quy dinh (o dau|nao|tai)|van ban (nao|phap luat)|dieu (may|bao nhieu|nao)|co so phap ly|phap ly");
        put(Intent.FORMS, "mau (don|to khai|so|giay|nao|gi)|to khai|mau (ct|tk|hk|cc|dk)|don (xin|de nghi) (theo )?mau|form|tai mau|bieu mau");
    }

    private static void put(Intent intent, String regex) {
        PATTERNS.put(intent, Pattern.compile(regex));
    }

    /** The intents asked, in the order their first words appear; OVERVIEW when none. */
    List<Intent> classify(String question) {
        // Clauses are folded apart and joined by "|", so no pattern reads across a comma: "mất ở nhà,
        // làm giấy báo tử" (died at home; the papers) is not "ở nhà làm" (done from home, online).
        StringBuilder clauses = new StringBuilder(" ");
        for (String clause : CLAUSE_BREAK.split(question == null ? "" : question)) {
            String folded = InputGuard.folded(clause);
            if (!folded.isBlank()) {
                clauses.append(clauses.length() > 1 ? " | " : "").append(folded.strip());
            }
        }
        String f = clauses.append(' ').toString();
        record Found(Intent intent, int at) {}
        List<Found> found = new ArrayList<>();
        for (Map.Entry<Intent, Pattern> e : PATTERNS.entrySet()) {
            Matcher m = e.getValue().matcher(f);
            if (m.find()) {
                found.add(new Found(e.getKey(), m.start()));
            }
        }
        // "thủ tục thế nào" asks for the steps only when nothing more specific was asked.
        if (found.size() > 1) {
            found.removeIf(x -> x.intent() == Intent.STEPS && isGenericHow(f));
        }
        // "có được không" next to a specific intent ("nộp online được không") is that intent, not conditions.
        if (found.size() > 1 && found.stream().anyMatch(x -> x.intent() == Intent.ONLINE || x.intent() == Intent.AGENCY)) {
            found.removeIf(x -> x.intent() == Intent.CONDITIONS && !f.contains("dieu kien") && !f.contains("doi tuong"));
        }
        found.sort((a, b) -> Integer.compare(a.at(), b.at()));
        List<Intent> out = new ArrayList<>();
        found.forEach(x -> out.add(x.intent()));
        return out.isEmpty() ? List.of(Intent.OVERVIEW) : List.copyOf(out);
    }

    private static boolean isGenericHow(String f) {
        return !f.contains("cac buoc") && !f.contains("quy trinh") && !f.contains("trinh tu") && !f.contains("huong dan");
    }
}
