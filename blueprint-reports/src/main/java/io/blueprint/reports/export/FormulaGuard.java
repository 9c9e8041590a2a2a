package io.blueprint.reports.export;

/**
 * Keeps a spreadsheet program from running a cell as a formula (CSV injection, OWASP): a value that
 * starts with = + - @, a tab or a carriage return gets a leading single quote. The full-width forms
 * (＝ ＋ － ＠) count too, because spreadsheet programs with an East Asian input method treat them
 * as formula signs.
 */
public final class FormulaGuard {

    private static final String TRIGGERS = "=+-@\t\r＝＋－＠";

    private FormulaGuard() {
    }

    public static String neutralise(String cell) {
        if (cell == null || cell.isEmpty()) {
            return cell;
        }
        return TRIGGERS.indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
    }
}
