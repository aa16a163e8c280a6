// xml.cpp - placeholder while the stage is written.
#include "kgraph/error.h"
