package vn.parindex.uncertainty;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit's current survey answers for one year, compactly: each answer as (respondent number, question code, answer),
 * respondents numbered in the order of their ids (by code point), whatever order the rows were read in.
 */
public final class UnitAnswers {

    private final Map<String, Integer> arrival = new HashMap<>();
    private int[] respondent = new int[16];
    private String[] question = new String[16];
    private byte[] answer = new byte[16];
    private int size;
    private boolean sealed;

    public void add(String respondentId, String questionCode, int value) {
        if (sealed) {
            throw new IllegalStateException("answers already numbered");
        }
        if (size == respondent.length) {
            respondent = Arrays.copyOf(respondent, size * 2);
            question = Arrays.copyOf(question, size * 2);
            answer = Arrays.copyOf(answer, size * 2);
        }
        respondent[size] = arrival.computeIfAbsent(respondentId, id -> arrival.size());
        question[size] = questionCode;
        answer[size] = (byte) value;
        size++;
    }

    public int respondents() {
        return arrival.size();
    }

    int size() {
        return size;
    }

    /** The number of the respondent of answer {@code i}: its rank among the unit's respondent ids. */
    int respondent(int i) {
        seal();
        return respondent[i];
    }

    String question(int i) {
        return question[i];
    }

    int answer(int i) {
        return answer[i];
    }

    private void seal() {
        if (sealed) {
            return;
        }
        String[] ids = arrival.keySet().toArray(String[]::new);
        Arrays.sort(ids, UnitAnswers::byCodePoint);
        int[] renumbered = new int[ids.length];
        for (int rank = 0; rank < ids.length; rank++) {
            renumbered[arrival.get(ids[rank])] = rank;
        }
        for (int i = 0; i < size; i++) {
            respondent[i] = renumbered[respondent[i]];
        }
        sealed = true;
    }

    private static int byCodePoint(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }
}
