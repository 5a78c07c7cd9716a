; motcua — Windows installer (NSIS 3, Unicode). Not built or tested by this project's CI:
; see docs/windows-installer.md for how the province's IT officers build it.
;
;   makensis /DVERSION=0.1.0 /DDEPLOY_DIR=C:\motcua\deploy packaging\windows\motcua.nsi
;
; DEPLOY_DIR is the folder prepared with windeployqt: motcua.exe, motcua-cli.exe, the Qt DLLs and
; plugins, libsodium, qrencode, xlsxwriter and qtkeychain DLLs (and vc_redist.x64.exe for MSVC).
; Per-machine install into Program Files; silent with /S, another folder with /D=C:\path (last).
; The desk's data (%APPDATA%\motcua) and its keys (Windows Credential Manager) are never touched:
; neither by an update (install over) nor by the uninstaller.

Unicode true
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !error "Pass the version: makensis /DVERSION=0.1.0 ..."
!endif
!ifndef DEPLOY_DIR
  !error "Pass the windeployqt folder: makensis /DDEPLOY_DIR=C:\path\to\deploy ..."
!endif
!ifndef OUT_FILE
  !define OUT_FILE "motcua-${VERSION}-setup.exe"
!endif

!define APP "motcua"
!define PUBLISHER "motcua developers"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"

!include "MUI2.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUT_FILE}"
InstallDir "$PROGRAMFILES64\${APP}"
; An update installs over the previous version, in the folder it was installed to.
InstallDirRegKey HKLM "${UNINSTALL_KEY}" "InstallLocation"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1033 "ProductName" "${APP}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP} installer"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!ifdef ICON
  !define MUI_ICON "${ICON}"
  !define MUI_UNICON "${ICON}"
!endif
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\motcua.exe"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; Vietnamese first: the installer speaks Vietnamese unless Windows is set to English.
!insertmacro MUI_LANGUAGE "Vietnamese"
!insertmacro MUI_LANGUAGE "English"

Function .onInit
  ${IfNot} ${RunningX64}
    MessageBox MB_ICONSTOP "motcua needs 64-bit Windows 10 or later." /SD IDOK
    Abort
  ${EndIf}
  SetRegView 64
  SetShellVarContext all
  ; The uninstaller removes the whole program folder: it must be motcua's own (also for /D=).
  StrCpy $0 "$INSTDIR" "" -7
  ${If} $0 != "\${APP}"
    StrCpy $INSTDIR "$INSTDIR\${APP}"
  ${EndIf}
FunctionEnd

Function .onVerifyInstDir
  StrCpy $0 "$INSTDIR" "" -7
  ${If} $0 != "\${APP}"
    Abort
  ${EndIf}
FunctionEnd

Function un.onInit
  SetRegView 64
  SetShellVarContext all
FunctionEnd

Section "motcua" SecMain
  SectionIn RO
  SetOutPath "$INSTDIR"
  ; Files of the previous version that the new one no longer ships would otherwise stay behind:
  ; the program folder holds only what this installer puts there, never data.
  RMDir /r "$INSTDIR\plugins"
  File /r "${DEPLOY_DIR}\*.*"

  ; MSVC builds: the C++ runtime, if windeployqt --compiler-runtime put it in the folder.
  ${If} ${FileExists} "$INSTDIR\vc_redist.x64.exe"
    ExecWait '"$INSTDIR\vc_redist.x64.exe" /install /quiet /norestart'
    Delete "$INSTDIR\vc_redist.x64.exe"
  ${EndIf}

  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\motcua.exe" "" "$INSTDIR\motcua.exe" 0
  WriteUninstaller "$INSTDIR\uninstall.exe"

  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP} — Bộ phận Một cửa"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\motcua.exe"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  ; Only the program: each user's %APPDATA%\motcua (the local store, scans waiting to be sent,
  ; backups) and the keys in Credential Manager stay, so dossiers not yet sent are never lost.
  Delete "$SMPROGRAMS\${APP}.lnk"
  Delete "$INSTDIR\uninstall.exe"
  RMDir /r "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
SectionEnd
