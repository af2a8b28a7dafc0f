package io.kaiku.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/** Closed-loop HTTP load over loopback: each client sends its next request when the last one answered. */
final class Load {
    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();

    record Result(String name, int clients, long requests, long errors, double seconds, Histogram latency) {
        double perSecond() {
            return requests / seconds;
        }

        double p50() {
            return latency.getValueAtPercentile(50) / 1000.0;
        }

        double p95() {
            return latency.getValueAtPercentile(95) / 1000.0;
        }

        double p99() {
            return latency.getValueAtPercentile(99) / 1000.0;
        }

        @Override
        public String toString() {
            return String.format("%-44s clients=%2d requests=%7d errors=%d  %8.1f/s  p50=%6.2f ms  p99=%6.2f ms",
                    name, clients, requests, errors, perSecond(), p50(), p99());
        }
    }

    /** Runs {@code clients} loops for {@code duration}; request i of a client comes from {@code next}. */
    static Result run(String name, int clients, Duration duration, IntFunction<HttpRequest> next, int expectedStatus)
            throws Exception {
        Histogram latency = new ConcurrentHistogram(60_000_000L, 3);
        AtomicLong requests = new AtomicLong();
        AtomicLong errors = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        List<Future<?>> loops = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            loops.add(pool.submit(() -> {
                int i = client * 1_000_000;
                while (System.nanoTime() < deadline) {
                    HttpRequest request = next.apply(i++);
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        latency.recordValue((System.nanoTime() - sent) / 1000);
                        if (response.statusCode() == expectedStatus) {
                            requests.incrementAndGet();
                        } else {
                            errors.incrementAndGet();
                        }
                    } catch (Exception e) {
                        errors.incrementAndGet();
                    }
                }
                return null;
            }));
        }
        for (Future<?> loop : loops) {
            loop.get();
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - started) / 1e9;
        Result result = new Result(name, clients, requests.get(), errors.get(), seconds, latency);
        System.out.println("  " + result);
        return result;
    }

    static HttpRequest.Builder request(String base, String path, String token) {
        return HttpRequest.newBuilder(URI.create(base + path))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json");
    }
}
