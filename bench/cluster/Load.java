// The load generator of bench/cluster/load.sh (issue 14): simulated users of Blueprint, each a thread with its own
// HTTP client and cookies, who think between requests. Java 17, no dependencies: run as `java Load.java`.
//
//   java Load.java run        one run against BASE_URL (env: BASE_URL, LABEL, USERS, DURATION, SEED, RUN, RESULT_FILE,
//                             KILL_FILE, ERROR_FILE); prints the figures per kind and writes them to RESULT_FILE
//   java Load.java compare A B   the ratios A/B of requests/s and p95 per kind, from two RESULT_FILEs
//
// The users (the mix is fixed by USERS: 40 % designers, 24 % executives, 16 % ops, the rest feeds):
//   designer   signs in through the login form like a browser (GET login.xhtml, POST the form), opens the editor page
//              of a journey of its own (GET journey/editor.xhtml?journey=ID) and adds stages on it with the PrimeFaces
//              Ajax request of the "add stage" button (the page's jakarta.faces.ViewState, Faces-Request: partial/ajax),
//              reloading the page every few edits; a journey that reaches 30 stages is replaced by a new one, made
//              with the REST API and the designer's token (kind designer-new-journey)
//   executive  reads the effort report of the demo journey and the guarantee outcome report (REST, its own token)
//   ops        downloads the guarantees in force as CSV, for all services or the demo service (REST, its own token)
//   feed       posts small JSON batches (10 rows) of survey responses or contact events (REST, its own token, ops)
// Each user waits 200-1000 ms (seeded) between requests.
//
// An error is a transport error, a status other than 2xx/3xx, a redirect to the sign-in page, a Faces partial
// response with an <error> or a <redirect>, an editor answer without the new stage or with the conflict notice, or
// a feed batch with rejected rows.

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class Load {

    // the demo data in English or in Korean (DemoData.DEMO_SERVICE, DEMO_SERVICE_KO, DEMO_JOURNEY, DEMO_JOURNEY_KO)
    static final List<String> DEMO_SERVICE = List.of("Online store customer care", "온라인 스토어 고객 지원");
    static final List<String> DEMO_JOURNEY = List.of("Return a damaged item", "파손 상품 반품");
    static final String[] TOUCHPOINTS = {"RET-WEB-01", "RET-APP-01", "RET-CHAT-01", "RET-STORE-01", "RET-CALL-01"};
    static final String[] CHANNELS = {"WEB", "APP", "CHAT", "STORE", "PHONE"};
    static final int STAGES_PER_JOURNEY = 30;
    static final int FEED_ROWS = 10;

    static String base;
    static String label;
    static int duration;
    static int warmup;
    /** Requests that start before this instant (the warm-up) are left out of the figures. */
    static long measureFrom;
    static long seed;
    static String run;
    static long serviceId;
    static long demoJourneyId;

    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("compare")) {
            compare(Path.of(args[1]), Path.of(args[2]));
            return;
        }
        if (args.length != 1 || !args[0].equals("run")) {
            System.err.println("usage: java Load.java run | compare A B");
            System.exit(2);
        }
        base = env("BASE_URL", "http://127.0.0.1:18080");
        label = env("LABEL", base);
        int users = Integer.parseInt(env("USERS", "50"));
        duration = Integer.parseInt(env("DURATION", "300"));
        warmup = Integer.parseInt(env("WARMUP", "30"));
        seed = Long.parseLong(env("SEED", "1"));
        run = env("RUN", "r" + System.currentTimeMillis() % 100000);
        int designers = Math.max(1, Math.round(users * 0.40f));
        int executives = Math.max(1, Math.round(users * 0.24f));
        int ops = Math.max(1, Math.round(users * 0.16f));
        int feeds = Math.max(1, users - designers - executives - ops);

        // ---- setup, not timed: the demo service and journey, a journey and tokens per user
        Http admin = new Http("admin-setup", false, null);
        String adminBasic = basic("admin", "admin-demo");
        Object services = Json.parse(admin.send(admin.get("/api/v1/services").header("Authorization", adminBasic)).body());
        serviceId = idNamed(services, DEMO_SERVICE);
        Object journeys = Json.parse(admin.send(admin.get("/api/v1/services/" + serviceId + "/journeys")
                .header("Authorization", adminBasic)).body());
        demoJourneyId = idNamed(journeys, DEMO_JOURNEY);
        List<User> all = new ArrayList<>();
        for (int i = 0; i < designers; i++) {
            all.add(new Designer(all.size()));
        }
        for (int i = 0; i < executives; i++) {
            all.add(new Executive(all.size()));
        }
        for (int i = 0; i < ops; i++) {
            all.add(new Ops(all.size()));
        }
        for (int i = 0; i < feeds; i++) {
            all.add(new Feed(all.size()));
        }
        Map<String, String> designerToken = new LinkedHashMap<>();
        for (User user : all) {
            user.setUp(designerToken);
        }

        // ---- the run
        double[] load = loadAverage();
        System.out.printf(Locale.ROOT, "%n== %s: %d users (%d designers, %d executives, %d ops, %d feeds), %d s after a"
                + " warm-up of %d s, seed %d%n", label, all.size(), designers, executives, ops, feeds, duration, warmup, seed);
        System.out.printf(Locale.ROOT, "load average at the start: %.2f %.2f %.2f; CPUs: %d; %s UTC%n", load[0], load[1],
                load[2], Runtime.getRuntime().availableProcessors(), Instant.now().toString().substring(0, 19));
        long started = System.currentTimeMillis();
        String startFile = System.getenv("START_FILE");
        if (startFile != null && !startFile.isBlank()) {
            Files.writeString(Path.of(startFile), Long.toString(started));
        }
        measureFrom = started + warmup * 1000L;
        long t0 = measureFrom;
        long end = t0 + duration * 1000L;
        CountDownLatch done = new CountDownLatch(all.size());
        List<Thread> threads = new ArrayList<>();
        for (User user : all) {
            Thread thread = new Thread(() -> {
                try {
                    user.loop(end);
                } catch (Throwable unexpected) {
                    user.crash = unexpected;
                } finally {
                    done.countDown();
                }
            }, "user-" + user.index);
            threads.add(thread);
            thread.start();
        }
        Thread.sleep(Math.max(0, t0 - System.currentTimeMillis()));
        double[] atMeasure = loadAverage();
        done.await();
        long t1 = System.currentTimeMillis();
        System.out.printf(Locale.ROOT, "load average at the end of the warm-up: %.2f %.2f %.2f%n", atMeasure[0],
                atMeasure[1], atMeasure[2]);
        for (User user : all) {
            if (user.crash != null) {
                System.out.println("user " + user.index + " (" + user.role() + ") stopped by " + user.crash);
                user.crash.printStackTrace(System.out);
            }
        }
        report(all, t0, t1);
        for (User user : all) {
            user.tearDown();
        }
    }

    // ---- the figures

    record Sample(String kind, int user, long start, long end, boolean ok, String error, String node) {
    }

    static void report(List<User> all, long t0, long t1) throws IOException {
        double seconds = (t1 - t0) / 1000.0;
        Map<String, List<Sample>> byKind = new TreeMap<>();
        List<Sample> every = new ArrayList<>();
        List<Sample> warm = new ArrayList<>();
        for (User user : all) {
            for (Sample s : user.samples) {
                if (s.start < measureFrom) {
                    warm.add(s);
                    continue;
                }
                byKind.computeIfAbsent(s.kind, k -> new ArrayList<>()).add(s);
                every.add(s);
            }
        }
        System.out.printf(Locale.ROOT, "measured over %.1f s (the last requests end after the %d s)%n", seconds, duration);
        String head = String.format(Locale.ROOT, "%-27s %9s %8s %8s %8s %8s %7s", "kind", "requests", "req/s", "p50 ms",
                "p95 ms", "p99 ms", "errors");
        System.out.println(head);
        StringBuilder tsv = new StringBuilder("kind\trequests\trps\tp50\tp95\tp99\terrors\n");
        for (Map.Entry<String, List<Sample>> e : byKind.entrySet()) {
            line(e.getKey(), e.getValue(), seconds, tsv);
        }
        line("total", every, seconds, tsv);
        String resultFile = System.getenv("RESULT_FILE");
        if (resultFile != null && !resultFile.isBlank()) {
            Files.writeString(Path.of(resultFile), tsv.toString());
        }
        System.out.printf(Locale.ROOT, "warm-up (left out of the figures above): %d requests, %d errors%n", warm.size(),
                warm.stream().filter(s -> !s.ok).count());
        List<Sample> errors = java.util.stream.Stream.concat(warm.stream(), every.stream()).filter(s -> !s.ok)
                .sorted((a, b) -> Long.compare(a.start, b.start)).toList();
        String errorFile = System.getenv("ERROR_FILE");
        if (errorFile != null && !errorFile.isBlank() && !errors.isEmpty()) {
            StringBuilder text = new StringBuilder();
            for (Sample s : errors) {
                text.append(String.format(Locale.ROOT, "%s +%.3f s .. +%.3f s user %d %s node %s: %s%n", s.kind,
                        (s.start - t0) / 1000.0, (s.end - t0) / 1000.0, s.user, all.get(s.user).role(), s.node, s.error));
            }
            Files.writeString(Path.of(errorFile), text.toString());
        }
        if (!errors.isEmpty()) {
            System.out.println("errors (the first 10; all in " + (errorFile == null ? "-" : errorFile) + "):");
            errors.stream().limit(10).forEach(s -> System.out.printf(Locale.ROOT, "  %s at +%.3f s, user %d, node %s: %s%n",
                    s.kind, (s.start - t0) / 1000.0, s.user, s.node, s.error));
        }
        String samplesFile = System.getenv("SAMPLES_FILE");
        if (samplesFile != null && !samplesFile.isBlank()) {
            StringBuilder text = new StringBuilder("kind\tuser\tstart_s\tend_s\tok\tnode\terror\n");
            List<Sample> all2 = new ArrayList<>(warm);
            all2.addAll(every);
            all2.sort((a, b) -> Long.compare(a.start, b.start));
            for (Sample s : all2) {
                text.append(String.format(Locale.ROOT, "%s\t%d\t%.3f\t%.3f\t%s\t%s\t%s%n", s.kind, s.user,
                        (s.start - t0) / 1000.0, (s.end - t0) / 1000.0, s.ok, s.node, s.error == null ? "" : s.error));
            }
            Files.writeString(Path.of(samplesFile), text.toString());
        }
        String killFile = System.getenv("KILL_FILE");
        if (killFile != null && !killFile.isBlank()) {
            failOver(all, every, t0, Path.of(killFile));
        }
    }

    static void line(String kind, List<Sample> samples, double seconds, StringBuilder tsv) {
        long[] ms = samples.stream().mapToLong(s -> s.end - s.start).sorted().toArray();
        long errors = samples.stream().filter(s -> !s.ok).count();
        double rps = samples.size() / seconds;
        System.out.printf(Locale.ROOT, "%-27s %9d %8.2f %8d %8d %8d %7d%n", kind, samples.size(), rps, rank(ms, 0.50),
                rank(ms, 0.95), rank(ms, 0.99), errors);
        tsv.append(String.format(Locale.ROOT, "%s\t%d\t%.3f\t%d\t%d\t%d\t%d%n", kind, samples.size(), rps, rank(ms, 0.50),
                rank(ms, 0.95), rank(ms, 0.99), errors));
    }

    /** Nearest rank: the smallest value at or under which at least q of the values lie. */
    static long rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    static void failOver(List<User> all, List<Sample> every, long t0, Path killFile) throws IOException {
        if (!Files.exists(killFile)) {
            System.out.println("fail-over: no node was killed (" + killFile + " is missing)");
            return;
        }
        // written by load.sh: kill_node called, kill_node returned (the kill -9 went in between), the JVM gone, the node
        String[] kill = Files.readString(killFile).trim().split("\\s+");
        long killFrom = Long.parseLong(kill[0]);
        long killedAt = Long.parseLong(kill[1]);
        long goneAt = Long.parseLong(kill[2]);
        String killedNode = kill[3];
        System.out.printf(Locale.ROOT, "%nfail-over: %s killed with kill -9 between +%.3f s and +%.3f s of the measured run;"
                + " its JVM was gone at +%.3f s%n", killedNode, (killFrom - t0) / 1000.0, (killedAt - t0) / 1000.0,
                (goneAt - t0) / 1000.0);
        Map<String, long[]> perKind = new TreeMap<>();
        for (Sample s : every) {
            if (s.ok) {
                continue;
            }
            long[] c = perKind.computeIfAbsent(s.kind, k -> new long[5]);
            if (s.start < killedAt && s.end >= killFrom) {
                c[0]++;
                if (killedNode.equals(s.node)) {
                    c[1]++;
                }
            } else if (s.start >= killedAt && s.start < goneAt) {
                c[2]++;
            } else if (s.start >= goneAt) {
                c[3]++;
            } else {
                c[4]++;
            }
        }
        if (perKind.isEmpty()) {
            System.out.println("errors: none");
        } else {
            System.out.println("errors per kind: A in flight at the kill (of them, users pinned by cookie to the killed"
                    + " node) / B sent after the kill, while the killed JVM was going away / C sent after it was gone /"
                    + " D ended before the kill");
            perKind.forEach((kind, c) -> System.out.printf(Locale.ROOT, "  %-27s A %d (%d)  B %d  C %d  D %d%n", kind, c[0],
                    c[1], c[2], c[3], c[4]));
            Map<String, Long> causes = new TreeMap<>();
            for (Sample s : every) {
                if (!s.ok) {
                    String cause = s.error.replaceAll(" S\\d+-\\d+", " S…").replaceAll("\\(stage added: [^)]*\\)", "(…)");
                    causes.merge(s.kind + ": " + (cause.length() > 140 ? cause.substring(0, 140) + "…" : cause), 1L, Long::sum);
                }
            }
            System.out.println("what the errors were:");
            causes.forEach((cause, n) -> System.out.println("  " + n + " × " + cause));
            System.out.println("  (API users keep no cookies: HAProxy spreads their requests round robin, so which node"
                    + " served a failed one is unknown; a request in flight on the surviving node does not fail)");
        }
        // the longest pause: for each success, its end minus the start of the first request the user sent after its
        // previous success, minus the think time the user slept in between (a success at the first try: its latency)
        User worst = null;
        long worstPause = -1;
        for (User user : all) {
            if (user.longestPause > worstPause) {
                worstPause = user.longestPause;
                worst = user;
            }
        }
        List<long[]> pauses = new ArrayList<>();
        for (User user : all) {
            pauses.add(new long[]{user.longestPause, user.index});
        }
        pauses.sort((a, b) -> Long.compare(b[0], a[0]));
        System.out.println("longest pause a user saw = from the start of the first request after the user's previous"
                + " success to the end of the next success, minus the think time slept in between (retries included;"
                + " without a failure it is just the latency)");
        if (worst != null) {
            System.out.printf(Locale.ROOT, "  longest: %d ms, user %d (%s), ending in %s at +%.3f s%n", worstPause,
                    worst.index, worst.role(), worst.longestPauseKind, (worst.longestPauseAt - t0) / 1000.0);
        }
        StringBuilder top = new StringBuilder("  the five longest (ms, user): ");
        for (int i = 0; i < Math.min(5, pauses.size()); i++) {
            top.append(pauses.get(i)[0]).append(" (").append(pauses.get(i)[1]).append(' ')
                    .append(all.get((int) pauses.get(i)[1]).role()).append(") ");
        }
        System.out.println(top);
        User worstFailure = null;
        for (User user : all) {
            if (user.longestFailurePause >= 0
                    && (worstFailure == null || user.longestFailurePause > worstFailure.longestFailurePause)) {
                worstFailure = user;
            }
        }
        if (worstFailure == null) {
            System.out.println("  no user saw a failed request");
        } else {
            System.out.printf(Locale.ROOT, "  the longest pause with a failed request in it: %d ms, user %d (%s), from"
                            + " +%.3f s to the success of %s at +%.3f s%n", worstFailure.longestFailurePause,
                    worstFailure.index, worstFailure.role(), (worstFailure.longestFailurePauseFrom - t0) / 1000.0,
                    worstFailure.longestFailurePauseKind, (worstFailure.longestFailurePauseAt - t0) / 1000.0);
            List<long[]> failurePauses = new ArrayList<>();
            for (User user : all) {
                if (user.longestFailurePause >= 0) {
                    failurePauses.add(new long[]{user.longestFailurePause, user.index});
                }
            }
            failurePauses.sort((a, b) -> Long.compare(b[0], a[0]));
            StringBuilder list = new StringBuilder("  every user who saw a failure, longest pause first (ms, user): ");
            for (long[] p : failurePauses) {
                list.append(p[0]).append(" (").append(p[1]).append(' ').append(all.get((int) p[1]).role()).append(") ");
            }
            System.out.println(list);
        }
        int resent = 0;
        int stored = 0;
        for (User user : all) {
            if (user instanceof Feed feed) {
                resent += feed.resent;
                stored += feed.resentDuplicates;
            }
        }
        System.out.println("feed batches sent again after a lost answer: " + resent + "; of them answered with duplicates"
                + " (the first copy had been stored): " + stored);
        long[] fails = every.stream().filter(s -> !s.ok).mapToLong(s -> s.start).sorted().toArray();
        if (fails.length > 0) {
            System.out.printf(Locale.ROOT, "  failed requests started between +%.3f s and +%.3f s%n",
                    (fails[0] - t0) / 1000.0, (fails[fails.length - 1] - t0) / 1000.0);
        }
    }

    static void compare(Path a, Path b) throws IOException {
        Map<String, String[]> left = readTsv(a);
        Map<String, String[]> right = readTsv(b);
        System.out.printf(Locale.ROOT, "%-27s %12s %12s %12s %12s %10s %10s%n", "kind", "req/s clus.", "req/s node",
                "ratio", "p95 clus.", "p95 node", "ratio");
        for (Map.Entry<String, String[]> e : left.entrySet()) {
            String[] r = right.get(e.getKey());
            if (r == null) {
                continue;
            }
            String[] l = e.getValue();
            double lr = Double.parseDouble(l[2]);
            double rr = Double.parseDouble(r[2]);
            double lp = Double.parseDouble(l[4]);
            double rp = Double.parseDouble(r[4]);
            System.out.printf(Locale.ROOT, "%-27s %12.2f %12.2f %12.2f %12.0f %10.0f %10.2f%n", e.getKey(), lr, rr,
                    rr == 0 ? Double.NaN : lr / rr, lp, rp, rp == 0 ? Double.NaN : lp / rp);
        }
    }

    static Map<String, String[]> readTsv(Path file) throws IOException {
        Map<String, String[]> rows = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (String line : lines.subList(1, lines.size())) {
            String[] cells = line.split("\t");
            rows.put(cells[0], cells);
        }
        return rows;
    }

    // ---- the users

    abstract static class User {
        final int index;
        final Random random;
        final Http http;
        final List<Sample> samples = new ArrayList<>();
        Throwable crash;
        long pendingSince = -1;
        long thinkSincePending;
        long longestPause = -1;
        String longestPauseKind;
        long longestPauseAt;
        /** Whether a request failed since the last success; the longest such pause is the fail-over's cost. */
        boolean failedSincePending;
        long longestFailurePause = -1;
        String longestFailurePauseKind;
        long longestFailurePauseAt;
        long longestFailurePauseFrom;

        User(int index, boolean cookies) {
            this.index = index;
            this.random = new Random(seed * 1_000_003L + index);
            this.http = new Http("user-" + index, cookies, "10.77." + (index / 250) + "." + (index % 250 + 1));
        }

        abstract String role();

        /** The user's API token, if it has one; revoked when the run ends. */
        String token;

        void setUp(Map<String, String> shared) throws Exception {
        }

        void tearDown() {
            revoke();
        }

        abstract void step() throws Exception;

        void loop(long end) throws Exception {
            // spread the first requests over the first second
            Thread.sleep(random.nextInt(1000));
            while (System.currentTimeMillis() < end) {
                step();
                long think = 200 + random.nextInt(801);
                if (pendingSince >= 0) {
                    thinkSincePending += think;
                }
                Thread.sleep(think);
            }
        }

        /** Times one request; answers the response, or null after a transport error (recorded). */
        HttpResponse<String> timed(String kind, HttpRequest.Builder request, Check check) {
            String node = http.node();
            long start = System.currentTimeMillis();
            if (pendingSince < 0) {
                pendingSince = start;
                thinkSincePending = 0;
                failedSincePending = false;
            }
            HttpResponse<String> response = null;
            String error;
            try {
                response = http.send(request);
                int status = response.statusCode();
                if (status >= 400 || status < 200) {
                    error = "HTTP " + status + " " + snippet(response.body());
                } else {
                    String location = response.headers().firstValue("Location").orElse("");
                    error = location.contains("login.xhtml") ? "redirected to the sign-in page: " + location
                            : check.problem(response);
                }
            } catch (IOException e) {
                error = "transport: " + e;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                error = "interrupted";
            }
            long end = System.currentTimeMillis();
            samples.add(new Sample(kind, index, start, end, error == null, error, node));
            if (error == null) {
                long pause = end - pendingSince - thinkSincePending;
                if (pause > longestPause && end >= measureFrom) {
                    longestPause = pause;
                    longestPauseKind = kind;
                    longestPauseAt = end;
                }
                if (failedSincePending && pause > longestFailurePause) {
                    longestFailurePause = pause;
                    longestFailurePauseKind = kind;
                    longestFailurePauseAt = end;
                    longestFailurePauseFrom = pendingSince;
                }
                pendingSince = -1;
                return response;
            }
            failedSincePending = true;
            return null;
        }

        String token(String username, String name) throws Exception {
            HttpResponse<String> created = http.send(http.post("/api/v1/me/tokens", "application/json",
                    "{\"name\":\"" + name + "\",\"expiresOn\":\"" + LocalDate.now().plusDays(2) + "\"}")
                    .header("Authorization", basic(username, username + "-demo")));
            if (created.statusCode() != 201) {
                throw new IllegalStateException("token for " + username + ": HTTP " + created.statusCode() + " "
                        + created.body());
            }
            Map<?, ?> json = (Map<?, ?>) Json.parse(created.body());
            tokenId = ((Number) ((Map<?, ?>) json.get("token")).get("id")).longValue();
            tokenUser = username;
            return "Bearer " + json.get("secret");
        }

        long tokenId = -1;
        String tokenUser;

        void revoke() {
            if (tokenId < 0) {
                return;
            }
            try {
                http.send(http.request("/api/v1/me/tokens/" + tokenId).DELETE()
                        .header("Authorization", basic(tokenUser, tokenUser + "-demo")));
            } catch (Exception e) {
                System.out.println("could not revoke token " + tokenId + ": " + e);
            }
        }
    }

    interface Check {
        /** What is wrong with a 2xx/3xx answer, or null. */
        String problem(HttpResponse<String> response);
    }

    static final Check OK = response -> null;

    static final class Designer extends User {
        static final Pattern VIEW_STATE = Pattern.compile(
                "name=\"jakarta\\.faces\\.ViewState\"[^>]*?value=\"([^\"]*)\"");
        static final Pattern PARTIAL_VIEW_STATE = Pattern.compile(
                "<update id=\"[^\"]*jakarta\\.faces\\.ViewState[^\"]*\"><!\\[CDATA\\[(.*?)]]></update>");
        static final Pattern FORM_ACTION = Pattern.compile("<form id=\"editor\"[^>]*?action=\"([^\"]*)\"");
        static final Pattern NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']*)'\\)");
        static final Pattern STAGE = Pattern.compile("class=\"stage-head\"");

        long journey;
        int journeys;
        int stages;
        String viewState;
        String action;
        String nonce;
        boolean signedIn;
        int editsOnPage;
        int stageNumber;

        Designer(int index) {
            super(index, true);
        }

        @Override
        String role() {
            return "designer";
        }

        @Override
        void setUp(Map<String, String> shared) throws Exception {
            token = shared.get("designer");
            if (token == null) {
                token = token("designer", "load " + run);
                shared.put("designer", token);
            } else {
                tokenId = -1;
            }
            journey = newJourney(false);
        }

        long newJourney(boolean timed) throws Exception {
            journeys++;
            String body = "{\"name\":\"Load " + run + " designer " + index + " #" + journeys + "\"}";
            HttpRequest.Builder request = http.post("/api/v1/services/" + serviceId + "/journeys", "application/json", body)
                    .header("Authorization", token);
            HttpResponse<String> created;
            if (timed) {
                created = timed("designer-new-journey", request, r -> r.statusCode() == 201 ? null : "HTTP " + r.statusCode());
                if (created == null) {
                    return -1;
                }
            } else {
                created = http.send(request);
                if (created.statusCode() != 201) {
                    throw new IllegalStateException("journey: HTTP " + created.statusCode() + " " + created.body());
                }
            }
            stages = 0;
            viewState = null;
            return ((Number) ((Map<?, ?>) Json.parse(created.body())).get("id")).longValue();
        }

        @Override
        void step() throws Exception {
            if (!signedIn) {
                signIn();
            } else if (journey < 0 || stages >= STAGES_PER_JOURNEY) {
                journey = newJourney(true);
            } else if (viewState == null || editsOnPage >= 3 + random.nextInt(3)) {
                openEditor();
            } else {
                addStage();
            }
        }

        void signIn() {
            HttpResponse<String> page = timed("designer-sign-in", http.get("/login.xhtml"),
                    r -> r.body().contains("id=\"login\"") ? null : "no sign-in form");
            if (page == null) {
                return;
            }
            String form = "login=login&login%3Ausername=designer&login%3Apassword=designer-demo&login%3Anext="
                    + "&login%3Asubmit=&jakarta.faces.ViewState=" + enc(find(VIEW_STATE, page.body(), "stateless"));
            HttpResponse<String> posted = timed("designer-sign-in", http.post("/login.xhtml",
                    "application/x-www-form-urlencoded", form).header("Origin", base), r -> {
                if (r.statusCode() != 302 && r.statusCode() != 303) {
                    return "sign-in answered " + r.statusCode() + " " + snippet(r.body());
                }
                return null;
            });
            if (posted != null) {
                signedIn = true;
                viewState = null;
            }
        }

        void openEditor() {
            HttpResponse<String> page = timed("designer-editor-page",
                    http.get("/journey/editor.xhtml?journey=" + journey), r -> {
                        String body = r.body();
                        if (body.contains("id=\"login\"")) {
                            return "the sign-in page instead of the editor";
                        }
                        if (!body.contains("id=\"editor:add-stage\"")) {
                            return "an editor page without the add-stage button: " + title(body);
                        }
                        return find(VIEW_STATE, body, null) == null ? "no view state" : null;
                    });
            viewState = null;
            if (page == null) {
                if (lastError().startsWith("redirected to the sign-in page")
                        || lastError().startsWith("the sign-in page")) {
                    signedIn = false;
                }
                return;
            }
            String body = page.body();
            viewState = find(VIEW_STATE, body, null);
            action = html(find(FORM_ACTION, body, "/journey/editor.xhtml?journey=" + journey));
            nonce = find(NONCE, body, null);
            stages = count(STAGE, body);
            editsOnPage = 0;
        }

        void addStage() {
            String name = "S" + index + "-" + (++stageNumber);
            StringBuilder form = new StringBuilder();
            param(form, "jakarta.faces.partial.ajax", "true");
            param(form, "jakarta.faces.source", "editor:add-stage");
            param(form, "jakarta.faces.partial.execute", "editor:add-stage editor:new-stage");
            param(form, "jakarta.faces.partial.render", "editor");
            param(form, "editor:add-stage", "editor:add-stage");
            param(form, "editor", "editor");
            param(form, "editor:new-stage", name);
            param(form, "jakarta.faces.ViewState", viewState);
            if (nonce != null) {
                param(form, "primefaces.nonce", nonce);
            }
            HttpResponse<String> answer = timed("designer-add-stage", http.post(action,
                    "application/x-www-form-urlencoded; charset=UTF-8", form.toString())
                    .header("Faces-Request", "partial/ajax").header("X-Requested-With", "XMLHttpRequest")
                    .header("Accept", "application/xml, text/xml, */*; q=0.01").header("Origin", base), r -> {
                        String body = r.body();
                        if (!body.contains("<partial-response")) {
                            return "not a partial response: " + snippet(body);
                        }
                        if (body.contains("<error>") || body.contains("<error ")) {
                            return "partial response with an error: " + snippet(body.substring(body.indexOf("<error")));
                        }
                        if (body.contains("<redirect")) {
                            return "partial response redirecting: " + snippet(body.substring(body.indexOf("<redirect")));
                        }
                        if (body.contains("id=\"conflict-message\"")) {
                            Matcher m = Pattern.compile("id=\"conflict-message\">([^<]*)<").matcher(body);
                            return "conflict notice: " + (m.find() ? m.group(1) : "?");
                        }
                        if (!body.contains("data-stage=\"" + name + "\"")) {
                            return "the board does not show the new stage " + name + ": " + messages(body);
                        }
                        return null;
                    });
            editsOnPage++;
            if (answer == null) {
                String error = lastError();
                // a transport error or a 502/503 leaves the page as it was: the designer clicks again on the same page,
                // as in a browser; anything the server said was wrong makes the designer reload the page
                if (!error.startsWith("transport") && !error.startsWith("HTTP 502") && !error.startsWith("HTTP 503")) {
                    viewState = null;
                }
                if (error.contains("sign-in")) {
                    signedIn = false;
                }
                return;
            }
            stages++;
            String updated = find(PARTIAL_VIEW_STATE, answer.body(), null);
            if (updated != null) {
                viewState = updated;
            }
        }

        String lastError() {
            Sample last = samples.get(samples.size() - 1);
            return last.error == null ? "" : last.error;
        }
    }

    /** A user of the REST API with an API token of its own account's, made when the run starts. */
    abstract static class TokenUser extends User {
        private final String role;
        private final String account;

        TokenUser(int index, String role, String account) {
            super(index, false);
            this.role = role;
            this.account = account;
        }

        @Override
        String role() {
            return role;
        }

        @Override
        void setUp(Map<String, String> shared) throws Exception {
            token = token(account, "load " + run + " " + role + " " + index);
        }
    }

    static final class Executive extends TokenUser {

        Executive(int index) {
            super(index, "executive", "executive");
        }

        @Override
        void step() {
            if (random.nextBoolean()) {
                timed("executive-effort-report", http.get("/api/v1/reports/effort?journey=" + demoJourneyId)
                        .header("Authorization", token), json("\"touchpoints\""));
            } else {
                timed("executive-guarantee-report", http.get("/api/v1/reports/guarantees")
                        .header("Authorization", token), json("\"guarantees\""));
            }
        }
    }

    static Check json(String mustContain) {
        return r -> r.statusCode() == 200 && r.body().contains(mustContain) ? null
                : "HTTP " + r.statusCode() + " without " + mustContain + ": " + snippet(r.body());
    }

    static final class Ops extends TokenUser {

        Ops(int index) {
            super(index, "ops", "ops");
        }

        @Override
        void step() {
            String filter = random.nextBoolean() ? "" : "&service=" + serviceId;
            timed("ops-export-csv", http.get("/api/v1/policy/export?format=csv" + filter).header("Authorization", token),
                    r -> r.statusCode() == 200 && r.headers().firstValue("Content-Type").orElse("").startsWith("text/csv")
                            ? null : "HTTP " + r.statusCode() + " " + r.headers().firstValue("Content-Type").orElse(""));
        }
    }

    static final class Feed extends TokenUser {
        static final Pattern REJECTED = Pattern.compile("\"rejected\":(\\d+)");
        static final Pattern DUPLICATES = Pattern.compile("\"duplicates\":(\\d+)");
        String source;
        long row;
        /** A batch whose answer was lost: a feed sends it again, and what was stored counts as duplicates. */
        String unanswered;
        boolean unansweredSurveys;
        int resent;
        int resentDuplicates;

        Feed(int index) {
            super(index, "feed", "ops");
        }

        @Override
        void setUp(Map<String, String> shared) throws Exception {
            super.setUp(shared);
            source = "load-" + run + "-feed-" + index;
        }

        @Override
        void step() {
            if (unanswered != null) {
                send(unansweredSurveys, unanswered, true);
                return;
            }
            boolean surveys = random.nextBoolean();
            StringBuilder body = new StringBuilder("[");
            Instant now = Instant.now().minusSeconds(60);
            for (int i = 0; i < FEED_ROWS; i++) {
                int tp = random.nextInt(TOUCHPOINTS.length);
                String id = "L" + index + "-" + (++row);
                String at = now.minusSeconds(random.nextInt(3600)).toString();
                String customer = "+8210" + (1000 + random.nextInt(400));
                if (i > 0) {
                    body.append(',');
                }
                if (surveys) {
                    body.append("{\"response_id\":\"").append(id).append("\",\"touchpoint_code\":\"").append(TOUCHPOINTS[tp])
                            .append("\",\"answered_at\":\"").append(at).append("\",\"channel\":\"").append(CHANNELS[tp])
                            .append("\",\"ces\":").append(1 + random.nextInt(7)).append(",\"ces_scale\":\"CES2\",\"customer\":\"")
                            .append(customer).append("\"}");
                } else {
                    body.append("{\"contact_id\":\"").append(id).append("\",\"touchpoint_code\":\"").append(TOUCHPOINTS[tp])
                            .append("\",\"started_at\":\"").append(at).append("\",\"channel\":\"").append(CHANNELS[tp])
                            .append("\",\"wait_seconds\":").append(random.nextInt(400)).append(",\"handle_seconds\":")
                            .append(60 + random.nextInt(600)).append(",\"transfers\":").append(random.nextInt(3))
                            .append(",\"resolved\":").append(random.nextInt(4) > 0).append(",\"abandoned\":false,\"customer\":\"")
                            .append(customer).append("\"}");
                }
            }
            body.append(']');
            send(surveys, body.toString(), false);
        }

        void send(boolean surveys, String body, boolean again) {
            String kind = surveys ? "feed-survey-responses" : "feed-contact-events";
            HttpResponse<String> answer = timed(kind, http.post("/api/v1/measurements/" + (surveys ? "survey-responses" : "contact-events")
                    + "?service=" + serviceId + "&source=" + source, "application/json", body)
                    .header("Authorization", token), r -> {
                        if (r.statusCode() != 201) {
                            return "HTTP " + r.statusCode() + " " + snippet(r.body());
                        }
                        Matcher m = REJECTED.matcher(r.body());
                        return m.find() && m.group(1).equals("0") ? null : "rejected rows: " + snippet(r.body());
                    });
            if (again) {
                resent++;
            }
            if (answer == null) {
                unanswered = body;
                unansweredSurveys = surveys;
                return;
            }
            unanswered = null;
            Matcher duplicates = DUPLICATES.matcher(answer.body());
            if (again && duplicates.find() && !duplicates.group(1).equals("0")) {
                resentDuplicates++;
            }
        }
    }

    // ---- HTTP

    static final class Http {
        final HttpClient client;
        final CookieManager cookies;
        final String address;

        Http(String name, boolean keepCookies, String address) {
            this.cookies = keepCookies ? new CookieManager(null, CookiePolicy.ACCEPT_ALL) : null;
            HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5));
            if (cookies != null) {
                builder.cookieHandler(cookies);
            }
            this.client = builder.build();
            this.address = address;
        }

        /** The node HAProxy pins this client to (its BLUEPRINT_NODE cookie), or "-". */
        String node() {
            if (cookies == null) {
                return "-";
            }
            for (HttpCookie cookie : cookies.getCookieStore().getCookies()) {
                if (cookie.getName().equals("BLUEPRINT_NODE")) {
                    return cookie.getValue();
                }
            }
            return "-";
        }

        HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                    .header("Accept-Language", "en").header("User-Agent", "blueprint-load");
            if (address != null) {
                builder.header("X-Forwarded-For", address);
            }
            return builder;
        }

        HttpRequest.Builder get(String path) {
            return request(path).GET();
        }

        HttpRequest.Builder post(String path, String type, String body) {
            return request(path).header("Content-Type", type)
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        }

        HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
    }

    // ---- small helpers

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    static String basic(String user, String password) {
        return "Basic " + java.util.Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    static long idNamed(Object list, List<String> names) {
        for (Object item : (List<?>) list) {
            Map<?, ?> map = (Map<?, ?>) item;
            if (names.contains(map.get("name"))) {
                return ((Number) map.get("id")).longValue();
            }
        }
        throw new IllegalStateException("nothing named " + names + " in " + list);
    }

    static double[] loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return new double[]{Double.parseDouble(parts[0]), Double.parseDouble(parts[1]), Double.parseDouble(parts[2])};
        } catch (IOException | RuntimeException e) {
            return new double[]{Double.NaN, Double.NaN, Double.NaN};
        }
    }

    static String find(Pattern pattern, String text, String fallback) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m.group(1) : fallback;
    }

    static int count(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String html(String text) {
        return text.replace("&amp;", "&").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">");
    }

    static void param(StringBuilder form, String name, String value) {
        if (form.length() > 0) {
            form.append('&');
        }
        form.append(enc(name)).append('=').append(enc(value));
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String snippet(String body) {
        String flat = body == null ? "" : body.replaceAll("\\s+", " ");
        return flat.length() > 300 ? flat.substring(0, 300) + "..." : flat;
    }

    static String title(String body) {
        Matcher m = Pattern.compile("<title>([^<]*)</title>").matcher(body);
        return m.find() ? m.group(1).trim() : snippet(body);
    }

    /** The Faces messages of a partial response, for an edit refused by a rule. */
    static String messages(String body) {
        Matcher m = Pattern.compile("ui-messages-error-summary\">([^<]*)<|ui-message-error-detail\">([^<]*)<").matcher(body);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return found.isEmpty() ? snippet(body) : String.join("; ", found);
    }

    /** Just enough JSON for the setup's answers: objects, arrays, strings, numbers, true, false, null. */
    static final class Json {
        private final String text;
        private int at;

        private Json(String text) {
            this.text = text;
        }

        static Object parse(String text) {
            Json json = new Json(text);
            Object value = json.value();
            json.space();
            if (json.at != text.length()) {
                throw new IllegalArgumentException("trailing text at " + json.at);
            }
            return value;
        }

        private void space() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private Object value() {
            space();
            char c = text.charAt(at);
            switch (c) {
                case '{' -> {
                    at++;
                    Map<String, Object> map = new LinkedHashMap<>();
                    space();
                    if (text.charAt(at) == '}') {
                        at++;
                        return map;
                    }
                    while (true) {
                        space();
                        String key = string();
                        space();
                        expect(':');
                        map.put(key, value());
                        space();
                        if (text.charAt(at) == ',') {
                            at++;
                        } else {
                            expect('}');
                            return map;
                        }
                    }
                }
                case '[' -> {
                    at++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (text.charAt(at) == ']') {
                        at++;
                        return list;
                    }
                    while (true) {
                        list.add(value());
                        space();
                        if (text.charAt(at) == ',') {
                            at++;
                        } else {
                            expect(']');
                            return list;
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                default -> {
                    int start = at;
                    while (at < text.length() && "{}[],: \t\r\n".indexOf(text.charAt(at)) < 0) {
                        at++;
                    }
                    String word = text.substring(start, at);
                    return switch (word) {
                        case "true" -> Boolean.TRUE;
                        case "false" -> Boolean.FALSE;
                        case "null" -> null;
                        default -> word.contains(".") || word.contains("e") || word.contains("E")
                                ? (Object) Double.parseDouble(word) : (Object) Long.parseLong(word);
                    };
                }
            }
        }

        private void expect(char c) {
            if (text.charAt(at) != c) {
                throw new IllegalArgumentException("expected " + c + " at " + at);
            }
            at++;
        }

        private String string() {
            expect('"');
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = text.charAt(at++);
                if (c == '"') {
                    return out.toString();
                }
                if (c == '\\') {
                    char e = text.charAt(at++);
                    switch (e) {
                        case 'n' -> out.append('\n');
                        case 't' -> out.append('\t');
                        case 'r' -> out.append('\r');
                        case 'b' -> out.append('\b');
                        case 'f' -> out.append('\f');
                        case 'u' -> {
                            out.append((char) Integer.parseInt(text.substring(at, at + 4), 16));
                            at += 4;
                        }
                        default -> out.append(e);
                    }
                } else {
                    out.append(c);
                }
            }
        }
    }
}
