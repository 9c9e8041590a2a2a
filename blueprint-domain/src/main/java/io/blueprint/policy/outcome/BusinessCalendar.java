package io.blueprint.policy.outcome;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which days are business days: not a weekend day and not a public holiday. The holidays come from a dated list
 * kept in the repository ({@code holidays-kr.txt} beside this class for Korea, or a file of the same form named by
 * configuration), complete for the years it says it covers; outside them only weekends are skipped.
 * Immutable and safe to share.
 */
public final class BusinessCalendar {

    /** The resource with Korea's public holidays. */
    public static final String KOREA = "holidays-kr.txt";

    private static final Pattern COVERS = Pattern.compile("covers\\s+(\\d{4}-\\d{2}-\\d{2})\\s+(\\d{4}-\\d{2}-\\d{2})");
    private static final Pattern HOLIDAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\s+(\\S.*)");
    private static final BusinessCalendar KOREAN = load(KOREA);

    /** A public holiday with its name, as the list gives it. */
    public record Holiday(LocalDate date, String name) {
    }

    private final Set<DayOfWeek> weekend;
    private final List<Holiday> holidays;
    /** Holidays on working weekdays, as epoch days, sorted: the ones that take a business day away. */
    private final long[] weekdayHolidays;
    private final LocalDate coveredFrom;
    private final LocalDate coveredTo;

    private BusinessCalendar(Set<DayOfWeek> weekend, List<Holiday> holidays, LocalDate coveredFrom, LocalDate coveredTo) {
        this.weekend = Set.copyOf(weekend);
        this.holidays = List.copyOf(holidays);
        this.coveredFrom = coveredFrom;
        this.coveredTo = coveredTo;
        this.weekdayHolidays = holidays.stream().map(Holiday::date).filter(d -> !weekend.contains(d.getDayOfWeek()))
                .mapToLong(LocalDate::toEpochDay).distinct().sorted().toArray();
    }

    /** Saturdays, Sundays and Korea's public holidays (substitute and one-off holidays included). */
    public static BusinessCalendar korea() {
        return KOREAN;
    }

    public static BusinessCalendar of(Set<DayOfWeek> weekend, Collection<LocalDate> holidays, LocalDate coveredFrom,
                                      LocalDate coveredTo) {
        return new BusinessCalendar(weekend, holidays.stream().map(d -> new Holiday(d, "")).toList(), coveredFrom,
                coveredTo);
    }

    /**
     * A list in the file form: {@code #} comments and blank lines ignored, one line {@code covers FIRST LAST} saying
     * for which days the list is complete, and a line {@code YYYY-MM-DD name} per holiday. Saturdays and Sundays are
     * the weekend. A line of any other form is refused, naming its number.
     */
    public static BusinessCalendar parse(Reader text) {
        List<Holiday> holidays = new ArrayList<>();
        LocalDate[] covered = new LocalDate[2];
        try (BufferedReader lines = new BufferedReader(text)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                String content = line.strip();
                if (content.isEmpty() || content.startsWith("#")) {
                    continue;
                }
                try {
                    Matcher covers = COVERS.matcher(content);
                    Matcher holiday = HOLIDAY.matcher(content);
                    if (covers.matches()) {
                        covered[0] = LocalDate.parse(covers.group(1));
                        covered[1] = LocalDate.parse(covers.group(2));
                    } else if (holiday.matches()) {
                        holidays.add(new Holiday(LocalDate.parse(holiday.group(1)), holiday.group(2).strip()));
                    } else {
                        throw new IllegalArgumentException("expected 'YYYY-MM-DD name' or 'covers FIRST LAST'");
                    }
                } catch (DateTimeParseException | IllegalArgumentException e) {
                    throw new IllegalArgumentException("holiday list, line " + number + " (" + content + "): "
                            + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (covered[0] == null) {
            throw new IllegalArgumentException("holiday list: no 'covers FIRST LAST' line");
        }
        if (covered[1].isBefore(covered[0])) {
            throw new IllegalArgumentException("holiday list: covers " + covered[0] + " to the earlier " + covered[1]);
        }
        holidays.sort(java.util.Comparator.comparing(Holiday::date));
        return new BusinessCalendar(EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), holidays, covered[0], covered[1]);
    }

    public static BusinessCalendar parse(String text) {
        return parse(new StringReader(text));
    }

    private static BusinessCalendar load(String resource) {
        try (InputStream in = BusinessCalendar.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return parse(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean isBusinessDay(LocalDate day) {
        return !weekend.contains(day.getDayOfWeek()) && Arrays.binarySearch(weekdayHolidays, day.toEpochDay()) < 0;
    }

    /**
     * The business days after {@code opened} up to and including {@code closed}: opened and closed on the same day
     * is 0, opened on a Monday and closed on the Thursday 3, opened on a Friday and closed on the Monday 1.
     */
    public int businessDaysBetween(LocalDate opened, LocalDate closed) {
        if (closed.isBefore(opened)) {
            throw new IllegalArgumentException("closed " + closed + " before opened " + opened);
        }
        return Math.toIntExact(workdaysThrough(closed) - workdaysThrough(opened));
    }

    /** Weekdays (not weekend days) from a fixed Monday up to and including {@code day}, less the holidays among them. */
    private long workdaysThrough(LocalDate day) {
        long days = ChronoUnit.DAYS.between(EPOCH_MONDAY, day) + 1;
        long weeks = Math.floorDiv(days, 7);
        long rest = Math.floorMod(days, 7);
        long workdays = weeks * (7 - weekend.size());
        for (int i = 0; i < rest; i++) {
            if (!weekend.contains(DayOfWeek.MONDAY.plus(i))) {
                workdays++;
            }
        }
        int index = Arrays.binarySearch(weekdayHolidays, day.toEpochDay());
        long holidaysThrough = index >= 0 ? index + 1 : -index - 1;
        return workdays - holidaysThrough;
    }

    private static final LocalDate EPOCH_MONDAY = LocalDate.of(1970, 1, 5);

    /** Whether the holiday list is complete for {@code day}; outside it only weekends are skipped. */
    public boolean covers(LocalDate day) {
        return !day.isBefore(coveredFrom) && !day.isAfter(coveredTo);
    }

    public LocalDate coveredFrom() {
        return coveredFrom;
    }

    public LocalDate coveredTo() {
        return coveredTo;
    }

    /** The holidays in date order, as listed. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The holidays per year: for display. */
    public TreeMap<Integer, Long> holidaysPerYear() {
        TreeMap<Integer, Long> years = new TreeMap<>();
        holidays.stream().map(Holiday::date).distinct().forEach(d -> years.merge(d.getYear(), 1L, Long::sum));
        return years;
    }
}
