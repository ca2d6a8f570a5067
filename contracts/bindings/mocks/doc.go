// Package mocks holds abigen v2 bindings of test-only contracts (contracts/test): a plain
// and a fee-on-transfer ERC-20, a malicious re-entrant ERC-20, a re-entrant ETH receiver
// and a minimal ENS registry. They exist for the attack tests and must not be deployed.
//
//	tok := mocks.NewTestToken()
//	addr, tx, err := bind.DeployContract(opts, common.FromHex(mocks.TestTokenMetaData.Bin), client, nil)
//	tx, err = bind.Transact(tok.Instance(client, addr), opts, tok.PackMint(to, amount))
package mocks
