#!/usr/bin/env python3
"""Generates a synthetic repository for the scan benchmark.

Usage: generate_repo.py DIR [FILES] [CALLS]

Writes FILES source files (default 20000) of mixed languages and typical sizes into DIR, of
which CALLS (default 20) call the legacy token server. Also writes DIR.expected with the paths of
the files that make a call, one per line. The output is the same for the same arguments.
"""
import os
import random
import sys

LANGUAGES = [  # (extension, share of the files)
    ("java", 0.70), ("js", 0.10), ("py", 0.06), ("go", 0.04),
    ("properties", 0.03), ("yml", 0.03), ("php", 0.02), ("kt", 0.02),
]

WORDS = ["order", "invoice", "customer", "device", "session", "report", "gateway", "metric",
         "account", "profile", "inventory", "shipment", "ledger", "schedule", "payload", "channel"]


def java_file(rnd, package, name):
    methods = []
    for m in range(rnd.randint(4, 18)):
        word = rnd.choice(WORDS)
        methods.append(f"""
    /** Returns the {word} total for the given window. */
    public long {word}Total{m}(java.util.List<Long> values, int window) {{
        long total = 0;
        for (int i = 0; i < values.size() && i < window; i++) {{
            total += values.get(i) * {rnd.randint(1, 99)};
        }}
        if (total > {rnd.randint(1000, 99999)}) {{
            log.info("{word} total {{}} over limit for {name}", total);
        }}
        return total;
    }}
""")
    return f"""package {package};

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

public class {name} {{
    private static final Logger log = LoggerFactory.getLogger({name}.class);
    private static final String ENDPOINT = "https://api.example.com/v1/{rnd.choice(WORDS)}";
{''.join(methods)}}}
"""


def other_file(rnd, extension, name):
    lines = []
    for i in range(rnd.randint(40, 220)):
        word = rnd.choice(WORDS)
        if extension == "js":
            lines.append(f"export function {word}{i}(items) {{ return items.filter(x => x.{word} > {i}).length; }}")
        elif extension == "py":
            lines.append(f"def {word}_{i}(items):\n    return sum(x.{word} for x in items if x.{word} > {i})")
        elif extension == "go":
            lines.append(f"func {word.capitalize()}{i}(items []int) int {{ return len(items) * {i} }}")
        elif extension == "properties":
            lines.append(f"app.{word}.limit{i}={rnd.randint(1, 9999)}")
        elif extension == "yml":
            lines.append(f"{word}{i}:\n  limit: {rnd.randint(1, 9999)}\n  url: https://{word}.example.com/v{i}")
        elif extension == "php":
            lines.append(f"function {word}_{i}($items) {{ return count($items) * {i}; }}")
        else:
            lines.append(f"fun {word}{i}(items: List<Int>) = items.sumOf {{ it * {i} }}")
    prefix = "<?php\n" if extension == "php" else ""
    return prefix + "\n".join(lines) + "\n"


LEGACY_CALLS = {
    "java": lambda i: f"""package com.example.legacy{i};

import org.apache.http.client.methods.HttpPost;

public class MqttTokenClient{i} {{
    private static final String TOKEN_SERVER = "https://mqauth.aliyuncs.com";

    public HttpPost apply() {{
        return new HttpPost(TOKEN_SERVER + "/token/apply");
    }}
}}
""",
    "py": lambda i: f"""import requests

def apply_token_{i}(form):
    return requests.post("https://mqauth.aliyuncs.com/token/apply", data=form).json()["tokenData"]
""",
    "js": lambda i: f"""export async function applyToken{i}(form) {{
  const reply = await fetch("https://mqauth.aliyuncs.com/token/apply", {{ method: "POST", body: form }});
  return (await reply.json()).tokenData;
}}
""",
    "php": lambda i: f"""<?php
function apply_token_{i}($form) {{
    $ch = curl_init('https://mqauth.aliyuncs.com/token/apply');
    curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($form));
    return json_decode(curl_exec($ch), true)['tokenData'];
}}
""",
}


def main():
    root = sys.argv[1]
    total = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    calls = int(sys.argv[3]) if len(sys.argv) > 3 else 20
    rnd = random.Random(20201231)
    call_kinds = ["java"] * 14 + ["py"] * 2 + ["js"] * 2 + ["php"] * 2
    expected = []
    for i in range(total):
        module = f"module{i % 40:02d}"
        if i % (total // calls) == 0 and len(expected) < calls:
            kind = call_kinds[len(expected) % len(call_kinds)]
            path = f"{module}/src/legacy/call{len(expected)}.{kind}"
            if kind == "java":
                path = f"{module}/src/main/java/com/example/legacy{len(expected)}/MqttTokenClient{len(expected)}.java"
            content = LEGACY_CALLS[kind](len(expected))
            expected.append(path)
        else:
            roll = rnd.random()
            share = 0.0
            extension = LANGUAGES[-1][0]
            for candidate, weight in LANGUAGES:
                share += weight
                if roll < share:
                    extension = candidate
                    break
            if extension == "java":
                package = f"com.example.{module}.{rnd.choice(WORDS)}"
                name = f"{rnd.choice(WORDS).capitalize()}Service{i}"
                path = f"{module}/src/main/java/{package.replace('.', '/')}/{name}.java"
                content = java_file(rnd, package, name)
            else:
                path = f"{module}/src/{rnd.choice(WORDS)}/file{i}.{extension}"
                content = other_file(rnd, extension, f"file{i}")
        full = os.path.join(root, path)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8") as out:
            out.write(content)
    with open(root.rstrip("/") + ".expected", "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(expected)) + "\n")


if __name__ == "__main__":
    main()
