package sidecar

import (
	"net/http"
	"testing"

	"github.com/prysmaticlabs/prysm/v5/testing/util"
)

// FuzzDecodeRequest: any body under any version header and content type is
// decoded or refused with an error, never a panic, and a decoded request
// carries a block.
func FuzzDecodeRequest(f *testing.F) {
	b := util.NewBeaconBlockDeneb()
	ssz, err := b.MarshalSSZ()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("deneb", true, ssz)
	f.Add("electra", true, ssz)
	f.Add("capella", true, ssz[:100])
	f.Add("deneb", false, []byte(`{"signed_block":{"message":{"slot":"1"}},"kzg_proofs":[],"blobs":[]}`))
	f.Add("", false, []byte(`{"message":{"slot":"18446744073709551615"}}`))
	f.Add("phase0", false, []byte(`{"message":null,"signature":"0x"}`))
	f.Fuzz(func(t *testing.T, ver string, ssz bool, body []byte) {
		h := http.Header{}
		if ver != "" {
			h.Set("Eth-Consensus-Version", ver)
		}
		if ssz {
			h.Set("Content-Type", "application/octet-stream")
		}
		c, err := decodeRequest(h, body)
		if err == nil && (c == nil || c.blk == nil || c.blk.IsNil()) {
			t.Fatalf("decoded without a block: %+v", c)
		}
	})
}
