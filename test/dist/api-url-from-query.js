// A shop writes its API URL into the attribute; the test passes the emulator's in the query.
document.querySelector('emx-session').setAttribute('api-url', new URLSearchParams(location.search).get('api-url'));
