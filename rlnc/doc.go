// Package rlnc is weft's codec: random linear network coding over GF(2^8).
package rlnc
