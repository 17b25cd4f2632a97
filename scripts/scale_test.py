#!/usr/bin/env python3
"""`make scale-test`: naba past one machine, measured on one.

Generates an archive of Arabic news articles as JSON lines (`{"id", "text", "now"}`, the team's own
sentences recombined: no corpus needed), then reports articles per second for
  1. the plain CLI, `naba analyze --jsonl`, with 1 and 2 threads;
  2. Apache Spark in local mode with 1 and 2 workers, where naba is the map step:
     `sc.textFile(archive).pipe("naba analyze --jsonl --jobs 1")` — the same binary, one process per
     partition, no cluster code of our own. On a real cluster the recipe is the same with the binary
     shipped to the executors (`--files naba`) and `local[N]` replaced by the cluster's master URL.
Every run must return one result line per article. Usage: scale_test.py NABA_BINARY [N_ARTICLES]
"""
import json
import os
import random
import subprocess
import sys
import tempfile
import time

SENTENCES = [
    "قال وزير الخارجية الأردني أيمن الصفدي في عمان أمس الأحد إن المحادثات ستستأنف الأسبوع المقبل.",
    "وأعلنت وزارة الصحة المصرية افتتاح مستشفى جديد في أسوان بحضور محافظ أسوان.",
    "وبحث الرئيس الفرنسي إيمانويل ماكرون مع نظيره الأمريكي في باريس الأوضاع في غزة.",
    "وأكد البنك المركزي المصري تثبيت أسعار الفائدة خلال اجتماعه الخميس الماضي.",
    "واستقبل أمير قطر الشيخ تميم بن حمد آل ثاني في الدوحة وزير الخارجية التركي.",
    "وذكرت وكالة الأنباء السعودية أن الرياض ستستضيف القمة العربية في مايو المقبل.",
    "وقال المتحدث باسم الأمم المتحدة إن المنظمة تتابع الوضع في السودان عن كثب.",
    "وشهدت بيروت احتجاجات واسعة يوم السبت للمطالبة بحل أزمة الكهرباء.",
    "وفاز نادي الأهلي على الزمالك بهدفين دون رد في مباراة أقيمت مساء أمس في القاهرة.",
    "ومن المقرر أن يزور رئيس الوزراء العراقي أنقرة بعد غد لبحث ملف المياه.",
]
TITLES = ["محادثات في عمان", "مستشفى جديد في أسوان", "قمة في الرياض", "أزمة الكهرباء في بيروت", "ملف المياه بين بغداد وأنقرة"]


def archive(path, n, seed=7):
    rnd = random.Random(seed)
    with open(path, "w", encoding="utf-8") as f:
        for i in range(n):
            body = " ".join(rnd.sample(SENTENCES, rnd.randint(3, 6)))
            day = 1 + i % 28
            text = f"{rnd.choice(TITLES)}\nتاريخ النشر: {day}/{1 + i % 12}/20{15 + i % 10}\n{body}\n"
            f.write(json.dumps({"id": i, "text": text, "now": "2025-11-18"}, ensure_ascii=False) + "\n")


def cli(naba, path, jobs, n):
    t = time.perf_counter()
    out = subprocess.run([naba, "analyze", "--jsonl", path, "--jobs", str(jobs)], stdout=subprocess.PIPE, check=True)
    secs = time.perf_counter() - t
    lines = out.stdout.count(b"\n")
    assert lines == n, f"naba --jobs {jobs}: {lines} lines for {n} articles"
    return n / secs


def spark(naba, path, workers, n):
    from pyspark import SparkConf, SparkContext

    conf = (SparkConf().setMaster(f"local[{workers}]").setAppName("naba-scale-test")
            .set("spark.ui.enabled", "false").set("spark.ui.showConsoleProgress", "false")
            .set("spark.driver.memory", "2g")
            # Loopback only: the driver and its workers talk on 127.0.0.1, never on the machine's interfaces.
            .set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    try:
        t = time.perf_counter()
        rdd = sc.textFile(path, minPartitions=workers * 4).pipe(f"{naba} analyze --jsonl --jobs 1")
        lines = rdd.count()
        secs = time.perf_counter() - t
    finally:
        sc.stop()
    assert lines == n, f"spark local[{workers}]: {lines} lines for {n} articles"
    return n / secs


def main():
    naba = os.path.abspath(sys.argv[1])
    n = int(sys.argv[2]) if len(sys.argv) > 2 else 100_000
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "archive.jsonl")
        archive(path, n)
        mb = os.path.getsize(path) / 1048576
        print(f"archive: {n} articles, {mb:.0f} MB of JSON lines")
        rows = [("naba --jsonl, 1 thread", cli(naba, path, 1, n)), ("naba --jsonl, 2 threads", cli(naba, path, 2, n))]
        try:
            import pyspark  # noqa: F401
            rows += [(f"Spark local[{w}] + RDD.pipe(naba)", spark(naba, path, w, n)) for w in (1, 2)]
        except ImportError:
            print("scale-test: pyspark is not installed (scripts/scale-test.sh installs it)")
            sys.exit(1)
        print("| run | articles/s | × 1 thread |")
        print("|---|---|---|")
        for name, rate in rows:
            print(f"| {name} | {rate:,.0f} | {rate / rows[0][1]:.2f} |")


if __name__ == "__main__":
    main()
