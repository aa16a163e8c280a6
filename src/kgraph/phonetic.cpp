// phonetic.cpp - see phonetic.h. The letter classes are the ones Arabic transliteration of English names
// actually mixes up; everything that is a vowel in such spellings (ا و ي, hamza seats, ع) is dropped.
#include "kgraph/phonetic.h"

namespace kgraph {
namespace {

char arabic_class(char32_t c) {
  switch (c) {
    case 0x0628: case 0x067E: return 'B';                      // ب پ
    case 0x062A: case 0x0637: case 0x062B: return 'T';         // ت ط ث
    case 0x062C: case 0x063A: case 0x0642: case 0x0643: case 0x06AF: return 'K';  // ج غ ق ك گ
    case 0x062D: case 0x0647: case 0x062E: return 'H';         // ح ه خ
    case 0x062F: case 0x0636: return 'D';                      // د ض
    case 0x0630: case 0x0632: case 0x0638: return 'Z';         // ذ ز ظ
    case 0x0631: return 'R';
    case 0x0633: case 0x0635: return 'S';                      // س ص
    case 0x0634: return 'X';                                   // ش
    case 0x0641: case 0x06A4: return 'F';                      // ف ڤ
    case 0x0644: return 'L';
    case 0x0645: return 'M';
    case 0x0646: return 'N';
    default: return 0;  // vowels, hamza, ع, anything else
  }
}

void push(std::string& key, char k) {
  if (k && (key.empty() || key.back() != k)) key.push_back(k);  // doubled letters count once
}

char32_t lower(char32_t c) { return (c >= 'A' && c <= 'Z') ? c + 32 : c; }
bool latin_vowel(char32_t c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y' || c == 'w'; }

}  // namespace

std::string arabic_key(std::u32string_view folded) {
  std::string key;
  for (char32_t c : folded) push(key, arabic_class(c));
  return key;
}

std::string latin_key(std::u32string_view text) {
  std::u32string s;
  for (char32_t c : text) {
    c = lower(c);
    if (c >= 'a' && c <= 'z') s.push_back(c);
  }
  std::string key;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char32_t c = s[i];
    char32_t n = i + 1 < s.size() ? s[i + 1] : 0;
    if (latin_vowel(c)) continue;
    if (c == 'p' && n == 'h') {  // ph: ف
      push(key, 'F');
      ++i;
      continue;
    }
    switch (c) {
      case 'b': case 'p': push(key, 'B'); break;
      case 'c':
        if (n == 'h') { push(key, 'X'); ++i; }                 // ch: تش / ش
        else if (n == 'e' || n == 'i' || n == 'y') push(key, 'S');
        else push(key, 'K');
        break;
      case 'd': push(key, 'D'); break;
      case 'f': case 'v': push(key, 'F'); break;
      case 'g': case 'j': case 'k': case 'q': push(key, 'K'); break;
      case 'h': push(key, 'H'); break;
      case 'l': push(key, 'L'); break;
      case 'm': push(key, 'M'); break;
      case 'n': push(key, 'N'); break;
      case 'r': push(key, 'R'); break;
      case 's':
        if (n == 'h') { push(key, 'X'); ++i; } else push(key, 'S');
        break;
      case 't':
        if (n == 'h') ++i;                                     // th: ث, keyed T
        push(key, 'T');
        break;
      case 'x': push(key, 'K'); push(key, 'S'); break;
      case 'z': push(key, 'Z'); break;
      default: break;
    }
  }
  return key;
}

std::string latin_compact(std::u32string_view text) {
  std::string out;
  for (char32_t c : text) {
    c = lower(c);
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(static_cast<char>(c));
  }
  return out;
}

}  // namespace kgraph
