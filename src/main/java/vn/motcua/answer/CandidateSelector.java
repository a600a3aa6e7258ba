package vn.motcua.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reply to a clarifying question: "1", "số 2", "cái thứ hai", "cái cuối", or words of one
 * candidate's name ("cái khai sinh có yếu tố nước ngoài"). Anything else is a new question.
 */
final class CandidateSelector {

    private static final Pattern ORDINAL = Pattern.compile(
            "^(?:(?:chon|lua chon|toi chon|em chon|la|cai|so|muc|thu tuc|phuong an|y|dap an|so thu tu)\\s+)*(?:thu\\s+)?"
                    + "(1|2|3|mot|hai|ba|nhat|dau|dau tien|cuoi|cuoi cung)(?:\\s+(?:a|nhe|nha|di|ak|ha|thoi|do|ay|a nhe))*\\s*$");
    /** "1 nhé, mất bao lâu" or "số 2 ạ": a number first, whatever follows. */
    private static final Pattern LEADING_NUMBER = Pattern.compile("^(?:(?:chon|so|cai|muc|thu)\\s+)*([1-3])(?!\\d)(?:\\s|$)");
    private static final Set<String> FILLER = Set.of("cai", "thu", "tuc", "so", "chon", "la", "a", "nhe", "nha", "toi", "em", "minh", "do", "ay", "di");

    /** The chosen candidate's index (0-based), or empty when the reply does not choose. */
    Optional<Integer> select(String reply, List<String> offeredNames) {
        if (offeredNames.isEmpty()) {
            return Optional.empty();
        }
        String f = InputGuard.folded(reply).replaceAll("[!?]", " ").replaceAll("\\s+", " ").strip();
        Matcher m = ORDINAL.matcher(f);
        if (m.matches()) {
            int i = switch (m.group(1)) {
                case "1", "mot", "nhat", "dau", "dau tien" -> 0;
                case "2", "hai" -> 1;
                case "3", "ba" -> 2;
                default -> offeredNames.size() - 1;
            };
            return i < offeredNames.size() ? Optional.of(i) : Optional.empty();
        }
        Matcher lead = LEADING_NUMBER.matcher(f);
        if (lead.find()) {
            int i = Integer.parseInt(lead.group(1)) - 1;
            return i < offeredNames.size() ? Optional.of(i) : Optional.empty();
        }
        String[] words = f.split(" ");
        if (words.length > 14) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = 0;
        boolean tie = false;
        for (int i = 0; i < offeredNames.size(); i++) {
            Set<String> name = new java.util.HashSet<>(List.of(InputGuard.folded(offeredNames.get(i)).split(" ")));
            int hit = 0;
            int total = 0;
            for (String w : words) {
                if (FILLER.contains(w)) {
                    continue;
                }
                total++;
                if (name.contains(w)) {
                    hit++;
                }
            }
            double score = total == 0 ? 0 : hit / (double) total;
            if (score > bestScore) {
                best = i;
                bestScore = score;
                tie = false;
            } else if (score == bestScore && score > 0) {
                tie = true;
            }
        }
        if (best >= 0 && !tie && bestScore >= 0.6) {
            return Optional.of(best);
        }
        return byDistinguishingWord(words, offeredNames);
    }

    /** The one candidate whose name alone holds a word of the reply ("tiểu học ạ" among school levels). */
    private static Optional<Integer> byDistinguishingWord(String[] words, List<String> offeredNames) {
        List<Set<String>> names = offeredNames.stream().map(n -> (Set<String>) new java.util.HashSet<>(List.of(InputGuard.folded(n).split(" ")))).toList();
        int chosen = -1;
        for (String w : words) {
            if (FILLER.contains(w) || w.length() < 2) {
                continue;
            }
            int holder = -1;
            int holders = 0;
            for (int i = 0; i < names.size(); i++) {
                if (names.get(i).contains(w)) {
                    holder = i;
                    holders++;
                }
            }
            if (holders == 1) {
                if (chosen >= 0 && chosen != holder) {
                    return Optional.empty();
                }
                chosen = holder;
            }
        }
        return chosen >= 0 ? Optional.of(chosen) : Optional.empty();
    }
}
