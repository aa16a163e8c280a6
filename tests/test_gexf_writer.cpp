// Placeholder while the GEXF writer is written.
#define BOOST_TEST_MODULE gexf_writer
#include <boost/test/unit_test.hpp>
BOOST_AUTO_TEST_CASE(placeholder) { BOOST_TEST(true); }
