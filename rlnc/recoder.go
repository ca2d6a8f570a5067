package rlnc

// Recoder holds coded packets of one generation and mixes them into fresh
// combinations without decoding: what a relay that forwards before it decodes needs.
// It keeps the same coefficient-space basis as a Decoder (non-innovative packets are
// rejected before payload work) but no output buffer.
//
// A Recoder is reusable through Reset and allocates nothing after New. It is not
// safe for concurrent use.
type Recoder struct{ basis }

// NewRecoder returns a Recoder for generation 0 of k chunks of chunkSize bytes. It
// fails with ErrInvalidK, ErrInvalidChunkSize or ErrUnsupportedKernel.
func NewRecoder(k, chunkSize int, opts ...Option) (*Recoder, error) {
	kern, err := setup(k, chunkSize, opts)
	if err != nil {
		return nil, err
	}
	return &Recoder{basis: newBasis(k, chunkSize, kern)}, nil
}

// Reset empties the Recoder and makes it accept packets of generation gen.
func (r *Recoder) Reset(gen uint32) { r.reset(gen) }

// Rank returns the number of innovative packets held.
func (r *Recoder) Rank() int { return r.rank }

// Add offers a packet; see Decoder.Add for the results.
func (r *Recoder) Add(p *Packet) (innovative bool, err error) { return r.add(p) }

// Recode fills p with a fresh random combination of the packets held; see
// Decoder.Recode.
func (r *Recoder) Recode(rnd *Rand, p *Packet) error { return r.recode(rnd, p) }
