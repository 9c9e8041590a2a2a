package io.blueprint.measurement;

import java.util.ArrayList;
import java.util.List;

/** A problem's message arguments as one stored text: each argument's text, separated by a unit separator. */
final class ProblemArguments {

    private static final char SEPARATOR = '\u001f';

    private ProblemArguments() {
    }

    static String format(List<Object> arguments) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < arguments.size(); i++) {
            Object argument = arguments.get(i);
            if (i > 0) {
                text.append(SEPARATOR);
            }
            text.append(String.valueOf(argument).replace(SEPARATOR, ' '));
        }
        return text.toString();
    }

    static List<Object> parse(String text) {
        List<Object> arguments = new ArrayList<>();
        if (text == null) {
            return arguments;
        }
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == SEPARATOR) {
                arguments.add(text.substring(start, i));
                start = i + 1;
            }
        }
        return arguments;
    }
}
