// gexf_writer.cpp - placeholder while the GEXF 1.3 writer is written.
#include "kgraph/gexf_writer.h"

#include <ostream>

namespace kgraph {

void GexfWriter::write(const KnowledgeGraph&, std::ostream& out) const {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<gexf xmlns=\"http://gexf.net/1.3\" version=\"1.3\"/>\n";
}

}  // namespace kgraph
