module github.com/weftnet/weft/rlnc

go 1.26

require (
	filippo.io/edwards25519 v1.2.0 // indirect
	github.com/gtank/ristretto255 v0.1.2 // indirect
	github.com/klauspost/cpuid/v2 v2.4.2 // indirect
	github.com/klauspost/reedsolomon v1.14.2 // indirect
	golang.org/x/sys v0.41.0 // indirect
)
