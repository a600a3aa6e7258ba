package vn.motcua.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import vn.motcua.catalog.TextCleaner;

/**
 * Re-ranks the top candidates of the text query with facts BM25 does not see. First, how much of
 * a procedure's name the question covers, by syllable and by pair of adjacent syllables: a citizen
 * asking about a birth wants "Đăng ký khai sinh", not its variant "… có yếu tố nước ngoài", whose
 * extra words the question never mentions, and "khai sinh" typed together counts for more than
 * "khai" and "sinh" found apart. Second, the level: citizens mostly need procedures done at the
 * commune or province, so a procedure only done at a ministry counts a little less. Third, who may
 * apply: a procedure only organisations, businesses or officials may apply for counts less unless
 * the question speaks for one.
 */
final class Reranker {

    /** Candidates re-ranked per search. */
    static final int DEPTH = 30;
    /** Share of the score that depends on name coverage. */
    static final float COVERAGE_WEIGHT = 0.5f;

    /**
     * Parenthesised qualifiers ("(thực hiện tại cấp tỉnh)", "(Công trình không theo tuyến/…)"), text
     * after a colon, and the channel and levels the 2025 vehicle records spell out in their names
     * ("… thực hiện bằng dịch vụ công trực tuyến một phần hoặc trực tiếp thực hiện tại cấp trung
     * ương, cấp tỉnh, cấp xã"): twins that differ only there are read by what they do. "toàn trình"
     * stays, a variant the question must ask for ({@link #isUnaskedFullyOnline}).
     */
    private static final Pattern QUALIFIER = Pattern.compile("\\([^)]*\\)|:.*$"
            + "|\\s(thực hiện\\s)?(bằng\\s)?(dịch vụ công\\s)?(trực tuyến\\s)?(một phần hoặc trực tiếp|(?=toàn trình))"
            + "|\\sthực hiện tại cấp (trung ương|tỉnh|xã|huyện|bộ)(,? cấp (trung ương|tỉnh|xã|huyện|bộ))*\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Function words of names, and "co" ("có", as in "có yếu tố nước ngoài"), which unmarked questions use as filler. */
    private static final Set<String> GENERIC = Set.of("thu", "tuc", "va", "cua", "cho", "doi", "voi", "tai", "cac", "trong", "co");

    private Reranker() {}

    /** A variant that the question does not ask for counts this much less. */
    static final float VARIANT_PENALTY = 0.8f;

    /**
     * Procedure families: a name that starts with one of these actions (folded) is a variant of the
     * base procedure ("Cấp lại …", "Gia hạn …", "Cấp điều chỉnh giấy phép …"), and the question asks
     * for it only with one of the cue words, typed or added by a synonym rule ("bị mất" adds "cấp
     * lại"). Cues carry their marks: "lái" (to drive) is not "lại" (again), see {@link #isCue}. Three
     * families name their action after the paper: the building permits for repairs and for moving a
     * work, beside the permit to build new ("xây nhà … xin phép" asks for the new one), and the
     * permits that adjust a karaoke's or a dance hall's licence ("Cấp giấy phép điều chỉnh Giấy phép
     * đủ điều kiện kinh doanh dịch vụ karaoke"), beside the licence itself.
     */
    private static final Map<String, Set<String>> VARIANTS = Map.ofEntries(
            Map.entry("cap lai", Set.of("lại")),
            Map.entry("cap ban sao", Set.of("bản", "sao", "trích", "lục")),
            Map.entry("cap doi", Set.of("đổi")),
            Map.entry("doi", Set.of("đổi")),
            Map.entry("doi cap lai", Set.of("đổi", "lại")),
            Map.entry("sua doi", Set.of("sửa", "đổi", "sung", "thay", "điều", "chỉnh")),
            Map.entry("gia han", Set.of("gia", "hạn")),
            Map.entry("cap gia han", Set.of("gia", "hạn")),
            Map.entry("dieu chinh", Set.of("điều", "chỉnh", "sửa", "sai", "sung", "cải", "cập")),
            Map.entry("cap dieu chinh", Set.of("điều", "chỉnh", "sửa", "sai", "sung", "cải", "cập", "thêm")),
            Map.entry("cap giay phep dieu chinh", Set.of("điều", "chỉnh", "sửa", "sai", "sung", "cải", "cập", "thêm", "đổi")),
            Map.entry("cap sua doi", Set.of("sửa", "đổi", "sung", "thay", "điều", "chỉnh", "thêm")),
            Map.entry("dinh chinh", Set.of("đính", "chính", "sửa", "sai", "sung", "cải", "cập")),
            Map.entry("thu hoi", Set.of("thu", "hồi")),
            Map.entry("tam dung", Set.of("tạm", "dừng", "ngừng", "nghỉ")),
            Map.entry("tam ngung", Set.of("tạm", "dừng", "ngừng", "nghỉ")),
            Map.entry("cham dut", Set.of("chấm", "dứt", "nghỉ", "dừng")),
            Map.entry("xoa", Set.of("xóa")),
            Map.entry("chuyen doi", Set.of("chuyển", "đổi")),
            Map.entry("chuyen noi", Set.of("chuyển")),
            Map.entry("dung", Set.of("dừng", "ngừng")),
            Map.entry("cap nhat", Set.of("cập", "nhật", "sung", "sửa", "sai")),
            Map.entry("dang ky cap nhat", Set.of("cập", "nhật", "sung", "sửa", "sai")),
            Map.entry("thay doi", Set.of("thay", "đổi", "sửa", "sai", "sung", "cải", "cập")),
            Map.entry("dang ky thay doi", Set.of("thay", "đổi", "sửa", "sai", "sung", "cải", "cập")),
            Map.entry("dang ky lai", Set.of("lại")),
            Map.entry("khoi phuc", Set.of("khôi", "phục", "lại")),
            Map.entry("huy", Set.of("hủy")),
            Map.entry("cap giay phep xay dung sua chua", Set.of("sửa", "chữa", "cải", "tạo", "nâng", "cơi")),
            Map.entry("cap giay phep di doi", Set.of("dời", "chuyển")));

    /**
     * The new score of a candidate; {@code nameWords}, {@code nameMarks} ("" when unknown) and
     * {@code prior} come from {@link #nameWords}, {@link #nameMarks} and {@link #prior}, computed at
     * index time.
     */
    static float score(float bm25, String nameWords, String nameMarks, float prior, boolean organisationsOnly, QueryWords query) {
        return score(bm25, Name.of(nameWords, nameMarks), prior, new Traits(organisationsOnly, false, false), query);
    }

    /**
     * Who a record is for and who carries it out, as far as re-ranking reads it, worked out at index
     * time: {@code organisationsOnly} ({@link #isForOrganisationsOnly}), {@code atMission} (a
     * mission abroad carries it out, {@link #isAtMission}), {@code armedForces} (it serves the
     * army's or the police's own people, {@link #isForArmedForces}).
     */
    record Traits(boolean organisationsOnly, boolean atMission, boolean armedForces) {
        static final Traits NONE = new Traits(false, false, false);
    }

    /** The new score of a candidate, with the name prepared once ({@link Name#of}): the searcher keeps one per record. */
    static float score(float bm25, Name name, float prior, Traits traits, QueryWords query) {
        return bm25 * (1 - COVERAGE_WEIGHT + COVERAGE_WEIGHT * coverages(name, query)) * prior
                * (traits.organisationsOnly() && !query.forOrganisation() ? ORGANISATIONS_ONLY_PRIOR : 1f)
                * (traits.atMission() && query.atMission() ? AT_MISSION_BOOST : 1f)
                * (traits.armedForces() && !query.armedForces() ? ARMED_FORCES_PRIOR : 1f)
                * (isUnaskedVariant(name, query) ? VARIANT_PENALTY : 1f)
                * (isUnaskedForeign(name, query.folded()) ? VARIANT_PENALTY : 1f)
                * (name.largeWorks() && !asksLargeWorks(query) ? VARIANT_PENALTY : 1f)
                * (isUnaskedFullyOnline(name, query) ? VARIANT_PENALTY : 1f)
                * (isRuledOut(name, query) ? VARIANT_PENALTY : 1f);
    }

    /** Whether the question's situation rules out a record named so ({@link QueryWords#demoted}). */
    static boolean isRuledOut(Name name, QueryWords query) {
        if (query.demoted().isEmpty()) {
            return false;
        }
        return query.demoted().stream().anyMatch(p -> name.padded().contains(" " + p + " "));
    }

    /** The level a question names for where it will go, if it names one and only one. */
    enum Level { COMMUNE, PROVINCE }

    private static final Pattern PROVINCE_MARKED = Pattern.compile("(?<!\\p{L})(?<!cơ |trụ )(sở|tỉnh)(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern PROVINCE_FOLDED = Pattern.compile("\\b(cap tinh|ubnd tinh|so (tu phap|gd|gddt|giao duc|gtvt|giao thong|y te"
            + "|lao dong|ldtbxh|xay dung|noi vu|ke hoach|khdt|tai nguyen|tnmt|nong nghiep|cong thuong|tai chinh))\\b");
    private static final Pattern COMMUNE_MARKED = Pattern.compile("(?<!\\p{L})(xã|phường)(?!\\p{L})", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern COMMUNE_FOLDED = Pattern.compile("\\b(cap xa|ubnd xa|ubnd phuong|cong an xa|cong an phuong)\\b");

    /**
     * The level the question names: the province ("Sở Giáo dục", "công an tỉnh", "cấp tỉnh") or the
     * commune ("ở xã", "UBND phường"); null when it names neither, or both. Typed without marks,
     * "so" and "xa" are also "sổ", "số" and "xa" (far): only pairs that cannot be read otherwise count.
     */
    static Level askedLevel(String question) {
        String lower = question.toLowerCase(Locale.ROOT);
        String folded = TextCleaner.fold(question);
        boolean province = PROVINCE_MARKED.matcher(lower).find() || PROVINCE_FOLDED.matcher(folded).find();
        boolean commune = COMMUNE_MARKED.matcher(lower).find() || COMMUNE_FOLDED.matcher(folded).find();
        return province == commune ? null : province ? Level.PROVINCE : Level.COMMUNE;
    }

    /**
     * Twins the question tells apart: the penalties above fall on a variant the question does not
     * ask for, and this falls on the base when it does. Among the candidates, a record counts
     * {@link #VARIANT_PENALTY} less when the question asks for a variant of it that is also a
     * candidate: the family's action ("Cấp lại thẻ bảo hiểm y tế" asked with "mất … cấp lại" beside
     * "Cấp thẻ bảo hiểm y tế"), abroad ("Đăng ký khai tử có yếu tố nước ngoài" asked for a Japanese
     * brother-in-law beside "Đăng ký khai tử"), or the other level of a record done at both under one
     * name ("… (tại cấp tỉnh)" asked at the Sở beside "… (tại cấp xã)"). Returns the new scores.
     */
    static float[] twins(List<Name> names, List<List<String>> levels, float[] scores, QueryWords query) {
        float[] out = scores.clone();
        boolean[] done = new boolean[names.size()];
        boolean abroad = query.folded().contains("ngoai");
        List<String> joined = names.stream().map(n -> String.join(" ", n.words())).toList();
        for (int v = 0; v < names.size(); v++) {
            Name variant = names.get(v);
            String variantWords = joined.get(v);
            boolean askedAction = variant.variantCues() != null && !isUnaskedVariant(variant, query) && typesFamilyWord(variant, variantWords, query);
            boolean askedAbroad = variant.foreign() && abroad;
            boolean askedLevel = query.level() != null && levels.get(v).contains(levelName(query.level()))
                    && !levels.get(v).contains(levelName(other(query.level())));
            if (!askedAction && !askedAbroad && !askedLevel) {
                continue;
            }
            for (int b = 0; b < names.size(); b++) {
                Name base = names.get(b);
                if (b == v || done[b]) {
                    continue;
                }
                String baseWords = joined.get(b);
                boolean twin = askedAction && base.variantCues() == null && isActionBase(baseWords, variant.variantRest())
                        || askedAbroad && !base.foreign() && (variantWords + " ").startsWith(baseWords + " ")
                        || askedLevel && baseWords.equals(variantWords) && levels.get(b).contains(levelName(other(query.level())))
                                && !levels.get(b).contains(levelName(query.level()));
                if (twin) {
                    out[b] *= VARIANT_PENALTY;
                    done[b] = true;
                }
            }
        }
        return out;
    }

    /**
     * Whether the question itself types a word of the variant's action ("lại" of "cấp lại", "xóa"),
     * not only a looser cue ("nghỉ" for "tạm dừng": "bị cho nghỉ" is a lay-off) or one a synonym
     * rule added ("mất" adds "cấp lại", but a father who "mới mất" has died): a penalty on the base
     * needs that much.
     */
    private static boolean typesFamilyWord(Name variant, String variantWords, QueryWords query) {
        String family = variantWords.substring(0, variantWords.length() - variant.variantRest().strip().length());
        Set<String> familyWords = Set.of(family.strip().split(" "));
        return variant.variantCues().stream().anyMatch(c -> familyWords.contains(c.folded()) && query.typed().contains(c.folded())
                && isCue(query, c, variant.variantRest()));
    }

    /** What a base may put before what its variant names after the action, folded: "Cấp thẻ …" beside "Cấp lại thẻ …". */
    private static final Set<String> BASE_ACTIONS = Set.of("", "cap", "cap moi", "dang ky", "dang ky moi", "giai quyet", "thuc hien");

    /** Whether a name is the base of a family variant whose name goes on with {@code variantRest}. */
    private static boolean isActionBase(String baseWords, String variantRest) {
        String rest = variantRest.strip();
        if (rest.isEmpty() || !(baseWords.equals(rest) || baseWords.endsWith(" " + rest))) {
            return false;
        }
        return BASE_ACTIONS.contains(baseWords.substring(0, baseWords.length() - rest.length()).strip());
    }

    private static Level other(Level level) {
        return level == Level.COMMUNE ? Level.PROVINCE : Level.COMMUNE;
    }

    private static String levelName(Level level) {
        return level == Level.COMMUNE ? "Cấp xã" : "Cấp tỉnh";
    }

    /**
     * A record done only online from start to end ("… toàn trình") has a twin done in person or
     * partly online; the question asks for it only by asking about submitting online
     * ({@link QueryWords#online}).
     */
    static boolean isUnaskedFullyOnline(Name name, QueryWords query) {
        return name.fullyOnline() && !query.online();
    }

    /**
     * A name as re-ranking reads it, worked out once per record rather than per question: its
     * words ({@link #nameWords}) and their marks ({@link #nameMarks}, null when unknown), the
     * positions of its distinct content words and of its distinct adjacent content pairs, its
     * variant family's cue words and the rest of the name after the family's action (null when it
     * belongs to none), whether it is for abroad ({@link #isUnaskedForeign}), for works of the
     * large grades ({@link #LARGE_WORKS}) or done fully online ({@link #isUnaskedFullyOnline}), and how
     * many of its words make its head ({@link #headLength}, {@link #HEAD_SHARE}; all of them when the head has fewer than
     * {@link #HEAD_MIN} distinct content words), and its words between single spaces with a space at
     * each end ({@code padded}, for finding a phrase in it, {@link #isRuledOut}). Shared between
     * threads once made: nothing writes to its arrays after {@link #of}.
     */
    record Name(String[] words, String[] marks, int[] distinct, int[] pairs, List<Cue> variantCues, String variantRest, boolean foreign,
            boolean largeWorks, boolean fullyOnline, int head, String padded) {

        static Name of(String nameWords, String nameMarks) {
            return of(nameWords, nameMarks, Integer.MAX_VALUE);
        }

        static Name of(String nameWords, String nameMarks, int head) {
            String[] words = nameWords.split(" ");
            String[] marks = nameMarks.isEmpty() ? null : nameMarks.split(" ");
            if (marks != null && marks.length != words.length) {
                marks = null;
            }
            Set<String> seen = new HashSet<>();
            List<Integer> distinct = new ArrayList<>();
            for (int i = 0; i < words.length; i++) {
                if (!words[i].isEmpty() && !GENERIC.contains(words[i]) && seen.add(words[i])) {
                    distinct.add(i);
                }
            }
            List<Integer> pairs = new ArrayList<>();
            for (int i = 0; i + 1 < words.length; i++) {
                if (!GENERIC.contains(words[i]) && !GENERIC.contains(words[i + 1]) && !repeatsEarlierPair(words, i)) {
                    pairs.add(i);
                }
            }
            List<Cue> cues = null;
            String rest = null;
            // The longest family the name starts with: "Đổi, cấp lại …" is asked for with "đổi" or "lại".
            String family = null;
            for (Map.Entry<String, List<Cue>> v : CUES.entrySet()) {
                if (nameWords.startsWith(v.getKey() + " ") && writtenAs(v.getKey(), marks)
                        && (family == null || v.getKey().length() > family.length())) {
                    family = v.getKey();
                    cues = v.getValue();
                }
            }
            if (family != null) {
                rest = " " + nameWords.substring(family.length()) + " ";
            }
            String padded = " " + nameWords + " ";
            // A head of fewer than HEAD_MIN distinct content words is none ("Thay đổi, cải chính…").
            int headWords = (int) distinct.stream().filter(i -> i < head).count();
            return new Name(words, marks, distinct.stream().mapToInt(Integer::intValue).toArray(), pairs.stream().mapToInt(Integer::intValue).toArray(),
                    cues, rest, isForeign(padded), padded.contains(LARGE_WORKS), padded.contains(" toan trinh "),
                    headWords >= HEAD_MIN ? Math.min(head, words.length) : words.length, padded);
        }
    }

    /** Families whose folded action is also another word: "đổi" (exchange) is not "đối" ("đối với", "đối chiếu"). */
    private static final Map<String, String> FAMILY_MARKS = Map.of("doi", QueryWords.marks("đổi"));

    /** Whether the name's first word carries the family's marks, where that matters and the marks are known. */
    private static boolean writtenAs(String family, String[] marks) {
        String needed = FAMILY_MARKS.get(family);
        return needed == null || marks == null || marks.length == 0 || marks[0].equals(needed) || marks[0].equals(ANY_MARKS);
    }

    /**
     * The building permits of works of special grade and grades I and II (the province's), folded.
     * A family's house is a work of grade III or IV, whose permits the commune grants under nearly
     * the same names: the large works' records are a variant unless the question names their grade.
     */
    private static final String LARGE_WORKS = " cap dac biet cap i ";

    private static boolean asksLargeWorks(QueryWords query) {
        return query.typedPairs().contains("dac biet") || query.typedPair("cap", "i") || query.typedPair("cap", "ii")
                || query.typedPair("cap", "1") || query.typedPair("cap", "2");
    }

    /**
     * Most people asking are Vietnamese citizens in Vietnam: a procedure for foreigners or with a
     * foreign element ("… người nước ngoài", "… có yếu tố nước ngoài") is a variant unless the
     * question mentions abroad (typed, or added by a synonym rule such as "Hàn Quốc").
     */
    private static boolean isUnaskedForeign(Name name, Set<String> queryTerms) {
        return name.foreign() && !queryTerms.contains("ngoai");
    }

    /**
     * Whether a padded folded name is for foreigners or abroad: it says "nước ngoài", and does not
     * list Vietnamese citizens first among those it serves ("Cấp Phiếu Lý lịch tư pháp cho công dân
     * Việt Nam, người nước ngoài đang cư trú tại Việt Nam…" is the citizen's own record).
     */
    static boolean isForeign(String paddedName) {
        return paddedName.contains(" nuoc ngoai ") && !paddedName.contains(" cong dan viet nam nguoi nuoc ngoai ");
    }

    /**
     * The folded name reduced to what re-ranking reads: qualifiers and the "Thủ tục" prefix removed,
     * words joined by single spaces, numbers without leading zeros ({@link DiacriticFoldingFilter#unpadded}).
     * "Thủ tục cấp lại thẻ (thực hiện tại cấp tỉnh)" → "cap lai the".
     */
    static String nameWords(String name) {
        String core = QUALIFIER.matcher(name).replaceAll(" ");
        return Arrays.stream(TextCleaner.fold(core).split("[^a-z0-9]+")).map(DiacriticFoldingFilter::unpadded)
                .collect(Collectors.joining(" ")).strip().replaceFirst("^thu tuc\\s+", "");
    }

    /** A cue word, folded and with its marks, both computed once. */
    record Cue(String folded, String marks) {
        static Cue of(String word) {
            return new Cue(TextCleaner.fold(word), QueryWords.marks(word));
        }
    }

    /** {@link #VARIANTS} with each cue word prepared for {@link #isCue}. */
    private static final Map<String, List<Cue>> CUES = VARIANTS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> e.getValue().stream().map(Cue::of).toList()));

    /** True when the name starts with a variant action whose cue words the question lacks. */
    static boolean isUnaskedVariant(String nameWords, QueryWords query) {
        return isUnaskedVariant(Name.of(nameWords, ""), query);
    }

    static boolean isUnaskedVariant(Name name, QueryWords query) {
        return name.variantCues() != null && name.variantCues().stream().noneMatch(cue -> isCue(query, cue, name.variantRest()));
    }

    /**
     * Cue words that mean something else before these syllables (folded): "nghỉ" is a cue for
     * "tạm ngừng"/"chấm dứt" ("nghỉ bán"), but "nghỉ việc", "nghỉ hưu", "nghỉ thai sản" are a
     * worker's leave, and "nghi dinh" typed without marks is "nghị định"; "gia" is a cue for "gia
     * hạn", but "gia đình", "gia vị" and, typed without marks, "giá trị", "giá tiền" are not.
     */
    private static final Map<String, Set<String>> CUE_NOT_BEFORE = Map.of(
            "nghi", Set.of("viec", "huu", "hoc", "om", "phep", "duong", "thai", "sinh", "mat", "dinh", "quyet", "le", "tet", "che"),
            "gia", Set.of("dinh", "vi", "su", "cam", "toc", "chu", "nhap", "tang", "cong", "dung", "canh", "truong", "pha", "tai", "tri", "ca", "re", "tien", "thue", "truyen"));

    /**
     * Cue words that mean something else after these syllables (folded): "lại" is a cue for "cấp
     * lại"/"đăng ký lại" ("xin lại", "làm lại"), but "sửa lại" is a correction, "để lại" an
     * inheritance, "ở lại" a stay, "còn lại" the rest, "trả lại" a refund, "bán lại" and "thuê lại"
     * a resale and a sublease.
     */
    private static final Map<String, Set<String>> CUE_NOT_AFTER = Map.of(
            "lai", Set.of("sua", "de", "o", "con", "tra", "xem", "quay", "ban", "thue"));

    /**
     * Whether the question holds the cue word. Typed with marks, a word must carry the cue's marks
     * ("lái" is not "lại"; "xoá" is "xóa"). Typed without marks it is ambiguous, and counts unless
     * the same syllable occurs again in the rest of the name (" giay phep lai xe " for "Cấp lại giấy
     * phép lái xe"), where it more likely stands for that word.
     */
    private static boolean isCue(QueryWords query, Cue cue, String restOfName) {
        Set<String> notBefore = CUE_NOT_BEFORE.get(cue.folded());
        if (notBefore != null && query.typedPairsByFirst().getOrDefault(cue.folded(), Set.of()).stream().anyMatch(notBefore::contains)) {
            return false;
        }
        Set<String> notAfter = CUE_NOT_AFTER.get(cue.folded());
        if (notAfter != null && notAfter.stream().anyMatch(w -> query.typedPairsByFirst().getOrDefault(w, Set.of()).contains(cue.folded()))) {
            return false;
        }
        Set<String> typedMarks = query.marksByFolded().getOrDefault(cue.folded(), Set.of());
        return typedMarks.contains(cue.marks())
                || typedMarks.contains("") && !restOfName.contains(" " + cue.folded() + " ");
    }

    /**
     * The share of the name's distinct content syllables (see {@link #nameWords}) that the question
     * mentions. A syllable only a synonym rule added counts {@link SearchSettings#SYNONYM_FACTOR} of
     * one the citizen typed, as in the text query: otherwise a rule's phrase ("xuất khẩu lao động"
     * → "khai báo tạm vắng") covers its target's short name completely and outranks records that
     * match what was actually asked.
     */
    static float coverage(String nameWords, QueryWords query) {
        return coverage(Name.of(nameWords, ""), query);
    }

    /**
     * A long name is mostly a list after its head: "Chứng thực bản sao từ bản chính giấy tờ, văn bản
     * do cơ quan, tổ chức có thẩm quyền của Việt Nam; cơ quan… của nước ngoài…" is the everyday
     * "chứng thực bản sao", yet a question covers little of its 25 words and loses to the short
     * "Cấp bản sao có chứng thực từ bản chính giao dịch đã được chứng thực". The coverage of the
     * head, the words before the first comma or semicolon, counts this much when it is the higher
     * one and holds at least {@link #HEAD_MIN} distinct content words ("Thay đổi, cải chính…" has
     * no head to speak of). All gold, 2026-11-23: 0.7 gave key facts 596 → 599, development +5/−1,
     * blind +3/−1, the probes as many won as lost (the everyday "sang tên sổ đỏ" and "chứng thực
     * bản sao" among the won); 0.8 and 0.9 won more development cases but lost more elsewhere.
     */
    static final float HEAD_SHARE = 0.7f;
    static final int HEAD_MIN = 3;

    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");

    /** How many words of {@link #nameWords} come before the name's first comma or semicolon; {@link Integer#MAX_VALUE} for none. */
    static int headLength(String name) {
        String core = QUALIFIER.matcher(name).replaceAll(" ");
        Matcher cut = LIST_SEPARATOR.matcher(core);
        if (!cut.find()) {
            return Integer.MAX_VALUE;
        }
        String head = nameWords(core.substring(0, cut.start()));
        return head.isEmpty() ? 0 : head.split(" ").length;
    }

    private static float coverage(Name name, QueryWords query) {
        float full = coverage(name, query, Integer.MAX_VALUE);
        return name.head() < name.words().length ? Math.max(full, HEAD_SHARE * coverage(name, query, name.head())) : full;
    }

    private static float coverage(Name name, QueryWords query, int before) {
        float covered = 0;
        int counted = 0;
        for (int i : name.distinct()) {
            if (i >= before) {
                continue;
            }
            counted++;
            String w = name.words()[i];
            if (!sameWord(query, w, name.marks(), i)) {
                continue;
            }
            if (query.typed().contains(w)) {
                covered++;
            } else if (query.folded().contains(w)) {
                covered += SearchSettings.SYNONYM_FACTOR;
            }
        }
        return counted == 0 ? 0 : covered / counted;
    }

    /** Marks of a name word that could not be matched to one written word: any typed marks cover it. */
    static final String ANY_MARKS = "*";

    /**
     * Whether the question's syllable {@code w} can be the name's word {@code i}: typed without
     * marks it can be any of them ("giam" is "giám" or "giảm"); typed with marks it must carry the
     * name word's marks ("giảm trừ" does not cover "giám hộ"). Without the name's marks, yes.
     */
    private static boolean sameWord(QueryWords query, String w, String[] marks, int i) {
        if (marks == null || i >= marks.length || marks[i].equals(ANY_MARKS)) {
            return true;
        }
        Set<String> typed = query.marksByFolded().get(w);
        return typed == null || typed.contains("") || typed.contains(marks[i]);
    }

    /**
     * The marks of each word of {@link #nameWords}, in order and joined by spaces ("-" for a word
     * without marks, {@value #ANY_MARKS} where one written word folds to several): for "Đăng ký xe
     * tạm thời", the marks of "đăng" (đ and the breve), of "ký", "-" for "xe", then those of "tạm"
     * and "thời". "" when the written words cannot be lined up with {@link #nameWords}.
     */
    static String nameMarks(String name) {
        String words = nameWords(name);
        if (words.isEmpty()) {
            return "";
        }
        List<String> folded = new ArrayList<>();
        List<String> marks = new ArrayList<>();
        for (String token : QUALIFIER.matcher(name).replaceAll(" ").toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+")) {
            String[] parts = TextCleaner.fold(token).split("[^a-z0-9]+");
            List<String> nonEmpty = Arrays.stream(parts).filter(x -> !x.isEmpty()).map(DiacriticFoldingFilter::unpadded).toList();
            for (String part : nonEmpty) {
                folded.add(part);
                String m = QueryWords.marks(token);
                marks.add(nonEmpty.size() > 1 ? ANY_MARKS : m.isEmpty() ? "-" : m);
            }
        }
        String[] expected = words.split(" ");
        int offset = folded.size() - expected.length;
        if (offset < 0 || !folded.subList(offset, folded.size()).equals(Arrays.asList(expected))) {
            return "";
        }
        return String.join(" ", marks.subList(offset, marks.size()));
    }

    /**
     * A procedure that no person may apply for, only organisations, businesses or officials (the
     * record's "đối tượng thực hiện" names no citizen), counts this much less unless the question
     * speaks for an organisation. Nearly half the catalogue is of this kind, and almost none of
     * what citizens ask: 19 of the 508 development questions.
     */
    static final float ORGANISATIONS_ONLY_PRIOR = 0.7f;

    /** Whether the record's target group ("đối tượng thực hiện") names no person; false when unknown. */
    static boolean isForOrganisationsOnly(String targetGroup) {
        if (targetGroup == null || targetGroup.isBlank()) {
            return false;
        }
        String folded = TextCleaner.fold(targetGroup);
        return !folded.contains("cong dan") && !folded.contains("nguoi ");
    }

    /**
     * Words that show the asker speaks for an organisation, a business or an office, folded: single
     * abbreviations, and pairs whose two syllables must both be present.
     */
    private static final List<List<String>> ORGANISATION_CUES = List.of(
            List.of("cty"), List.of("htx"), List.of("dn"), List.of("cong", "ty"), List.of("doanh", "nghiep"),
            List.of("hop", "tac"), List.of("to", "chuc"), List.of("trung", "tam"), List.of("co", "so"),
            List.of("benh", "vien"), List.of("van", "phong"), List.of("chi", "nhanh"), List.of("nha", "may"),
            List.of("don", "vi"), List.of("co", "quan"), List.of("ngan", "hang"), List.of("xi", "nghiep"),
            List.of("can", "bo"), List.of("cong", "chuc"), List.of("vien", "chuc"),
            List.of("kinh", "doanh"), List.of("cua", "hang"), List.of("ban", "hang"), List.of("buon", "ban"),
            List.of("san", "xuat"), List.of("shop"), List.of("mo", "quan"), List.of("mo", "tiem"));

    /**
     * A question asked at a Vietnamese embassy or consulate ("ở ĐSQ", "lãnh sự quán", "cơ quan đại
     * diện") is about the mission's own procedure: civil status, copies, marriage status for
     * citizens abroad are each carried out both by the commune at home and by the mission, under
     * nearly the same name, and the commune's record otherwise wins on its level prior and on its
     * citizens' phrasings (missions have none). A commune cannot act at an embassy, so this factor
     * is meant to put the mission's records first: 1.6 left four development questions with the
     * commune's twin (answers-a); 3 and 10 give the same results.
     */
    static final float AT_MISSION_BOOST = 3f;

    /** Whether a record is carried out by a Vietnamese mission abroad: an agency named "Cơ quan đại diện…". */
    static boolean isAtMission(List<String> implementing, List<String> competent) {
        return anyAgencyNamed(implementing, competent, "co quan dai dien");
    }

    /**
     * A record that serves the army's or the police's own people (the Defence ministry's records,
     * and the police's "Chính sách" records: health-insurance cards, allowances and honours for
     * officers and their families, under names as plain as "Cấp thẻ bảo hiểm y tế") counts this much
     * less unless the question speaks of the armed forces. A citizen asking for a health-insurance
     * card or a doctor's licence means the civil procedure.
     */
    static final float ARMED_FORCES_PRIOR = 0.7f;

    /** Whether a record serves the armed forces' own people: see {@link #ARMED_FORCES_PRIOR}. */
    static boolean isForArmedForces(String dataset, String field, List<String> implementing, List<String> competent) {
        if (DEFENCE_DATASET.equals(dataset)) {
            return true;
        }
        return field != null && TextCleaner.fold(field).equals("chinh sach")
                && anyAgencyNamed(implementing, competent, "cong an");
    }

    /** Whether an implementing or competent agency's folded name holds {@code folded}. */
    private static boolean anyAgencyNamed(List<String> implementing, List<String> competent, String folded) {
        return java.util.stream.Stream.concat(implementing.stream(), competent.stream()).anyMatch(a -> TextCleaner.fold(a).contains(folded));
    }

    /** The Defence ministry's records (knowledge-base/SOURCES.md). */
    static final String DEFENCE_DATASET = "tthc-bqp";

    /**
     * Words that speak of the army or the police as such, folded; a pair's two syllables must be
     * adjacent ("vu quan" of "nghĩa vụ quân sự", not the "nghĩa vụ tài chính" of a land transfer).
     */
    private static final Set<String> ARMED_FORCES_WORDS = Set.of("cand", "qdnd", "nvqs", "bqp", "bca", "lltv");
    private static final Set<String> ARMED_FORCES_PAIRS = Set.of("quan doi", "bo doi", "quan nhan", "quan su", "si quan", "chien si",
            "quoc phong", "nhap ngu", "xuat ngu", "phuc vien", "du bi", "dan quan", "bien phong", "chien binh", "vu trang",
            "quan khu", "vu quan", "an nhan", "nganh cong", "quan ngu", "tai ngu");

    /**
     * Whether the question speaks of the armed forces: "bộ đội", "quân nhân", "nghĩa vụ quân sự",
     * "công an nhân dân"... "Công an" alone does not: it is where people register a vehicle or a
     * residence ("công an xã").
     */
    static boolean asksArmedForces(Set<String> folded, Set<String> typedPairs) {
        for (String w : ARMED_FORCES_WORDS) {
            if (folded.contains(w)) {
                return true;
            }
        }
        for (String p : ARMED_FORCES_PAIRS) {
            if (typedPairs.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Syllables that, right after an organisation's name, make it a third party asking the citizen
     * for a paper ("công ty yêu cầu phiếu lý lịch tư pháp", "ngân hàng bắt nộp…"), not the asker.
     */
    private static final Set<String> DEMANDS = Set.of("yeu", "bat", "keu");

    /**
     * Whether the question's own folded {@code words} speak for an organisation or a business;
     * "quán" (a shop) alone only typed with its marks, "mở quán" either way. {@code typedPairs} tell
     * an organisation that demands a paper of the asker ({@link #DEMANDS}) from one the asker speaks for.
     */
    static boolean asksForOrganisation(Set<String> words, Set<String> exact, Set<String> typedPairs) {
        for (List<String> cue : ORGANISATION_CUES) {
            if (words.containsAll(cue) && !demandsOfTheAsker(cue.get(cue.size() - 1), typedPairs)) {
                return true;
            }
        }
        return exact.contains("quán");
    }

    private static boolean demandsOfTheAsker(String lastWordOfCue, Set<String> typedPairs) {
        for (String d : DEMANDS) {
            if (typedPairs.contains(lastWordOfCue + " " + d)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Share of name coverage measured on pairs of adjacent syllables rather than single ones.
     * Development retrieval sets (338): Hit@1 0.799 → 0.805, Recall@5 0.965 → 0.979 at 0.25; the
     * range 0.2–0.4 gave the same within one case.
     */
    static final float PAIR_SHARE = 0.25f;

    /** The share of the name's distinct adjacent content-syllable pairs that the question typed side by side. */
    static float pairCoverage(String nameWords, QueryWords query) {
        return pairCoverage(Name.of(nameWords, ""), query);
    }

    private static float pairCoverage(Name name, QueryWords query) {
        String[] words = name.words();
        int covered = 0;
        for (int i : name.pairs()) {
            if (query.typedPair(words[i], words[i + 1]) && sameWord(query, words[i], name.marks(), i) && sameWord(query, words[i + 1], name.marks(), i + 1)) {
                covered++;
            }
        }
        return name.pairs().length == 0 ? 0 : (float) covered / name.pairs().length;
    }

    private static boolean repeatsEarlierPair(String[] words, int i) {
        for (int j = 0; j < i; j++) {
            if (words[j].equals(words[i]) && words[j + 1].equals(words[i + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Name coverage by single syllables and by pairs, mixed by {@link #PAIR_SHARE}. */
    static float coverages(Name name, QueryWords query) {
        return (1 - PAIR_SHARE) * coverage(name, query) + PAIR_SHARE * pairCoverage(name, query);
    }

    /** A record named for the district level, abolished on 1 July 2025, is outdated beside its commune twin. */
    static final float DISTRICT_NAME_PRIOR = 0.8f;

    /** The query-independent part of the re-ranking: level, and names that still say "cấp huyện". */
    static float prior(List<String> levels, String name) {
        boolean district = TextCleaner.fold(name).contains("cap huyen");
        return levelPrior(levels) * (district ? DISTRICT_NAME_PRIOR : 1f);
    }

    static float levelPrior(List<String> levels) {
        if (levels.contains("Cấp xã")) {
            return 1.0f;
        }
        if (levels.contains("Cấp tỉnh")) {
            return 0.95f;
        }
        return 0.75f;
    }
}
