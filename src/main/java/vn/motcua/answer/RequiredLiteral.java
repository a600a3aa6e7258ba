package vn.motcua.answer;

/**
 * The longest run of plain characters (letters, digits, spaces) that every match of a regular
 * expression must contain, found without running it; null when there is none of at least
 * {@value #MIN_LENGTH} characters or the expression is beyond this reading. A guard pattern is then
 * tried only on text that contains its literal, which a substring search decides far faster than
 * the regular expression: most questions contain none of most patterns' words.
 *
 * <p>Conservative by construction: only characters outside every group and character class count
 * (what is inside may be optional or alternative), an expression with a top-level alternation or an
 * inline flag ({@code (?i)}) has none, any escape ends a run, and a character followed by a
 * quantifier that allows zero ({@code ?}, {@code *}, <code>{</code>) is left out of its run.
 */
final class RequiredLiteral {

    static final int MIN_LENGTH = 3;

    private RequiredLiteral() {}

    /**
     * For an expression with top-level alternatives ({@code a|b|c}), one required literal per
     * alternative, so that every match contains at least one of them; null when any alternative
     * has none. An expression without alternatives gives its single literal.
     */
    static java.util.List<String> anyOf(String regex) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (String branch : topLevelBranches(regex)) {
            String literal = of(branch);
            if (literal != null) {
                out.add(literal);
                continue;
            }
            java.util.List<String> group = requiredGroup(branch);
            if (group == null) {
                return null;
            }
            out.addAll(group);
        }
        return java.util.List.copyOf(out);
    }

    /**
     * For a branch without a literal of its own, the literals of one of its groups that every match
     * must pass through ("(chay|boc chay) (nha|to)": the first): a plain or non-capturing group at
     * the top level of the branch, not followed by a quantifier that allows zero or several (any
     * {@code ?}, {@code *} or <code>{</code>), whose every alternative has literals ({@link #anyOf},
     * so groups nest). Of several such groups, the one whose shortest literal is longest; null when
     * there is none.
     */
    private static java.util.List<String> requiredGroup(String branch) {
        java.util.List<String> best = null;
        int bestShortest = 0;
        int depth = 0;
        int open = -1;
        for (int i = 0; i < branch.length(); i++) {
            char c = branch.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = endOfClass(branch, i);
                if (end < 0) {
                    return null;
                }
                i = end;
            } else if (c == '(') {
                if (depth++ == 0) {
                    open = i;
                }
            } else if (c == ')' && --depth == 0) {
                char next = i + 1 < branch.length() ? branch.charAt(i + 1) : 0;
                String inner = branch.substring(open + 1, i);
                if (inner.startsWith("?:")) {
                    inner = inner.substring(2);
                } else if (inner.startsWith("?")) {
                    continue; // a look-around or a flag: nothing a match must contain
                }
                if (next == '?' || next == '*' || next == '{') {
                    continue;
                }
                java.util.List<String> literals = anyOf(inner);
                if (literals != null) {
                    int shortest = literals.stream().mapToInt(String::length).min().orElse(0);
                    if (shortest > bestShortest) {
                        best = literals;
                        bestShortest = shortest;
                    }
                }
            }
        }
        return depth == 0 ? best : null;
    }

    /** The expression split at its top-level '|' (outside groups and classes, not escaped). */
    private static java.util.List<String> topLevelBranches(String regex) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                int end = endOfClass(regex, i);
                if (end < 0) {
                    return java.util.List.of(regex);
                }
                i = end;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (c == '|' && depth == 0) {
                out.add(regex.substring(from, i));
                from = i + 1;
            }
        }
        out.add(regex.substring(from));
        return out;
    }

    static String of(String regex) {
        String best = null;
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                best = longer(best, run);
                i++;
                continue;
            }
            if (c == '[') {
                best = longer(best, run);
                i = endOfClass(regex, i);
                if (i < 0) {
                    return null;
                }
                continue;
            }
            if (c == '(') {
                if (i + 2 < regex.length() && regex.charAt(i + 1) == '?' && Character.isLetter(regex.charAt(i + 2))) {
                    return null; // an inline flag changes how literals match
                }
                best = longer(best, run);
                depth++;
                continue;
            }
            if (c == ')') {
                depth--;
                continue;
            }
            if (depth > 0) {
                continue;
            }
            if (c == '|') {
                return null;
            }
            if (Character.isLetterOrDigit(c) || c == ' ') {
                char next = i + 1 < regex.length() ? regex.charAt(i + 1) : 0;
                if (next == '?' || next == '*' || next == '{') {
                    best = longer(best, run);
                } else {
                    run.append(c);
                }
                continue;
            }
            best = longer(best, run);
        }
        if (depth != 0) {
            return null;
        }
        best = longer(best, run);
        return best != null && best.length() >= MIN_LENGTH ? best : null;
    }

    /** The index of the ']' closing the class opened at {@code open}, or -1. */
    private static int endOfClass(String regex, int open) {
        int i = open + 1;
        if (i < regex.length() && regex.charAt(i) == '^') {
            i++;
        }
        if (i < regex.length() && regex.charAt(i) == ']') {
            i++;
        }
        int nested = 0;
        for (; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                nested++;
            } else if (c == ']') {
                if (nested == 0) {
                    return i;
                }
                nested--;
            }
        }
        return -1;
    }

    /** The longer of the best run so far and the current one, which is emptied. */
    private static String longer(String best, StringBuilder run) {
        String r = run.toString();
        run.setLength(0);
        return best == null || r.length() > best.length() ? r : best;
    }
}
