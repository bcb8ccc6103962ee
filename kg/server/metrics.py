"""Counters and a latency histogram, served in Prometheus' text format at /metrics."""

from __future__ import annotations

import bisect
import threading

BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)
COUNTERS = {
    "kg_queries_total": "Queries answered, whatever the outcome.",
    "kg_query_errors_total": "Queries that ended in a 4xx or 5xx other than a timeout.",
    "kg_query_timeouts_total": "Queries stopped at the time budget.",
    "kg_query_truncations_total": "SELECT results cut at the row cap.",
    "kg_queries_rejected_busy_total": "Queries refused with 503 because every worker was busy.",
    "kg_updates_total": "Updates and graph-store writes applied.",
    "kg_requests_total": "HTTP requests served.",
}


class Metrics:
    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.counters = dict.fromkeys(COUNTERS, 0)
        self.bucket_counts = [0] * (len(BUCKETS) + 1)
        self.latency_sum = 0.0

    def inc(self, name: str, amount: int = 1) -> None:
        with self._lock:
            self.counters[name] += amount

    def observe(self, seconds: float) -> None:
        with self._lock:
            self.bucket_counts[bisect.bisect_left(BUCKETS, seconds)] += 1
            self.latency_sum += seconds

    def render(self) -> str:
        with self._lock:
            lines = []
            for name, help_text in COUNTERS.items():
                lines += [f"# HELP {name} {help_text}", f"# TYPE {name} counter"]
                lines.append(f"{name} {self.counters[name]}")
            name = "kg_query_duration_seconds"
            lines += [f"# HELP {name} Query latency.", f"# TYPE {name} histogram"]
            cumulative = 0
            for bound, count in zip((*BUCKETS, float("inf")), self.bucket_counts, strict=True):
                cumulative += count
                label = "+Inf" if bound == float("inf") else repr(bound)
                lines.append(f'{name}_bucket{{le="{label}"}} {cumulative}')
            lines.append(f"{name}_sum {self.latency_sum:.6f}")
            lines.append(f"{name}_count {cumulative}")
            return "\n".join(lines) + "\n"
