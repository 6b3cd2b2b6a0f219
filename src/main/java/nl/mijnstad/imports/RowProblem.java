package nl.mijnstad.imports;

/**
 * What is wrong with one row of an imported file.
 *
 * @param line the row as the spreadsheet numbers it (the header is line 1)
 * @param column the column at fault, or null when the row as a whole is
 * @param message what is wrong, for a person to read
 */
public record RowProblem(int line, String column, String message) {
}
