// report.cpp - text and JSON reports of a scoring run (see report.h).
//
// Design: numbers are formatted with printf's %.2f/%.3f, which round the exact binary value to nearest,
// ties to even, like Python's format(); with prf() computed as kg_score computes it, the summary line
// comes out byte-identical to kg_score.py's, which is what the cross-check test holds us to.
#include "eval/report.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <cstdarg>
#include <cstdio>

namespace kgraph::eval {
namespace {

std::string printf_string(const char* fmt, ...) __attribute__((format(printf, 1, 2)));
std::string printf_string(const char* fmt, ...) {
  char buf[256];
  va_list ap;
  va_start(ap, fmt);
  int n = std::vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  return std::string(buf, n < 0 ? 0 : std::min<std::size_t>(static_cast<std::size_t>(n), sizeof buf - 1));
}

using JsonOut = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void put(JsonOut& w, const char* key, std::size_t n) {
  w.Key(key);
  w.Uint64(n);
}

void put(JsonOut& w, const char* key, const std::string& s) {
  w.Key(key);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
}

void put(JsonOut& w, const char* key, const std::vector<std::string>& items) {
  w.Key(key);
  w.StartArray();
  for (const std::string& s : items) w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  w.EndArray();
}

void put(JsonOut& w, const char* key, const std::vector<Mismatch>& items) {
  w.Key(key);
  w.StartArray();
  for (const Mismatch& m : items) {
    w.StartObject();
    put(w, "src", m.src);
    put(w, "rel", m.rel);
    put(w, "dst", m.dst);
    put(w, "got", m.got);
    put(w, "want", m.want);
    w.EndObject();
  }
  w.EndArray();
}

void put_counts(JsonOut& w, const DocScore& s) {
  put(w, "ent_tp", s.ent_tp);
  put(w, "ent_fp", s.ent_fp);
  put(w, "ent_fn", s.ent_fn);
  put(w, "rel_tp", s.rel_tp);
  put(w, "rel_fp", s.rel_fp);
  put(w, "rel_fn", s.rel_fn);
  put(w, "amount_ok", s.amount_ok);
  put(w, "amount_n", s.amount_n);
  put(w, "status_ok", s.status_ok);
  put(w, "status_n", s.status_n);
  put(w, "unscored_edges", s.unscored_edges);
}

void put_prf(JsonOut& w, const char* key, const Prf& x) {
  w.Key(key);
  w.StartObject();
  w.Key("p");
  w.Double(x.p);
  w.Key("r");
  w.Double(x.r);
  w.Key("f1");
  w.Double(x.f1);
  w.EndObject();
}

}  // namespace

std::string summary_line(const DocScore& t) {
  const Prf e = prf(t.ent_tp, t.ent_fp, t.ent_fn);
  const Prf r = prf(t.rel_tp, t.rel_fp, t.rel_fn);
  return printf_string("entities P=%.3f R=%.3f F1=%.3f | relations P=%.3f R=%.3f F1=%.3f | amounts %zu/%zu | status %zu/%zu",
                       e.p, e.r, e.f1, r.p, r.r, r.f1, t.amount_ok, t.amount_n, t.status_ok, t.status_n);
}

void write_text(std::ostream& out, const std::vector<DocScore>& docs) {
  for (const DocScore& d : docs) {
    const Prf r = prf(d.rel_tp, d.rel_fp, d.rel_fn);
    out << d.doc << printf_string(": relations P=%.2f R=%.2f F1=%.2f  entities tp=%zu fp=%zu fn=%zu", r.p, r.r,
                                  r.f1, d.ent_tp, d.ent_fp, d.ent_fn)
        << "\n";
    for (const std::string& m : d.missed) out << "   missed: " << m << "\n";
    for (const std::string& m : d.false_positives) out << "   wrong:  " << m << "\n";
    for (const std::string& m : d.unmatched_nodes) out << "   wrong entity: " << m << "\n";
    for (const Mismatch& m : d.amount_errors) {
      out << "   amount: " << m.src << " -" << m.rel << "-> " << m.dst << " got " << m.got << " want " << m.want << "\n";
    }
    for (const Mismatch& m : d.status_errors) {
      out << "   status: " << m.src << " -" << m.rel << "-> " << m.dst << " got " << m.got << " want " << m.want << "\n";
    }
  }
  out << summary_line(total(docs)) << "\n";
}

void write_json(std::ostream& out, const std::vector<DocScore>& docs) {
  rapidjson::StringBuffer sb;
  JsonOut w(sb);
  w.SetIndent(' ', 1);
  w.StartObject();
  w.Key("docs");
  w.StartArray();
  for (const DocScore& d : docs) {
    w.StartObject();
    put(w, "doc", d.doc);
    put_counts(w, d);
    put(w, "missed", d.missed);
    put(w, "false_positives", d.false_positives);
    put(w, "unmatched_nodes", d.unmatched_nodes);
    put(w, "amount_errors", d.amount_errors);
    put(w, "status_errors", d.status_errors);
    w.EndObject();
  }
  w.EndArray();
  const DocScore t = total(docs);
  w.Key("total");
  w.StartObject();
  put_counts(w, t);
  w.EndObject();
  w.Key("scores");
  w.StartObject();
  put_prf(w, "entities", prf(t.ent_tp, t.ent_fp, t.ent_fn));
  put_prf(w, "relations", prf(t.rel_tp, t.rel_fp, t.rel_fn));
  w.EndObject();
  put(w, "summary", summary_line(t));
  w.EndObject();
  out.write(sb.GetString(), static_cast<std::streamsize>(sb.GetSize()));
  out << "\n";
}

}  // namespace kgraph::eval
