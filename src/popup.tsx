// The toolbar popup (Plasmo entry: popup.html). The popup itself lives in src/popup/.
import { Popup } from "./popup/Popup"

export default Popup
