module github.com/weftnet/weft/rlnc

go 1.26

require (
	filippo.io/edwards25519 v1.2.0
	github.com/gtank/ristretto255 v0.1.2
	github.com/klauspost/cpuid/v2 v2.4.2
	github.com/klauspost/reedsolomon v1.14.2
)

require golang.org/x/sys v0.41.0 // indirect
